/**
 * Remembers the column mapping and cleaning settings a user chose for a set of columns, keyed by
 * mappingSignature(header), so the next file with the same columns opens the same way. Storage is a
 * convenience: when IndexedDB is unavailable (private windows), nothing is remembered and nothing fails.
 */
import { withPromotionsByName } from '../core/dataset/roles';
import type { CleaningSettings, ColumnMapping } from '../core/dataset/types';
import { readRecord, writeRecord } from './idb';

export interface RememberedMapping {
  mapping: ColumnMapping;
  settings: CleaningSettings;
  savedAt: string;
  /** Saved since covariates have a promotion role: its marks are the user's (absent on older ones). */
  promotionRoles?: true;
}

export async function recallMapping(signature: string): Promise<RememberedMapping | null> {
  try {
    const remembered = await readRecord<RememberedMapping>('mappings', signature);
    if (remembered === undefined) return null;
    return remembered.promotionRoles
      ? remembered
      : { ...remembered, mapping: withPromotionsByName(remembered.mapping) };
  } catch {
    return null;
  }
}

export async function rememberMapping(
  signature: string,
  mapping: ColumnMapping,
  settings: CleaningSettings,
): Promise<void> {
  try {
    await writeRecord<RememberedMapping>('mappings', signature, {
      mapping,
      settings,
      savedAt: new Date().toISOString(),
      promotionRoles: true,
    });
  } catch {
    // Not remembering is acceptable; the mapping in use is unaffected.
  }
}
