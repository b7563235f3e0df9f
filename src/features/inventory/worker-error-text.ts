/**
 * An inventory worker's failure in the page's language. The workers send a code (and the setting's
 * key for a setting out of range); only a crash or a defect carries the browser's own detail, which
 * is quoted as it is.
 */
import type { TFunction } from 'i18next';
import { INVENTORY_ERROR } from '../../workers/inventory-protocol';
import type { WorkerError } from '../../workers/protocol';
import { RPC_ERROR } from '../../workers/rpc-protocol';

export function workerErrorText(envelope: WorkerError, t: TFunction<'inventory'>): string {
  switch (envelope.code) {
    case INVENTORY_ERROR.invalidSetting: {
      const params = envelope.params as { setting?: string } | undefined;
      return t('errors.invalidSetting', { setting: params?.setting ?? '' });
    }
    case INVENTORY_ERROR.noRun:
    case INVENTORY_ERROR.replayStale:
      return t('errors.planAgain');
    case RPC_ERROR.workerCrashed:
      return t('errors.workerStopped', { detail: envelope.message });
    default:
      return envelope.message;
  }
}
