import { describe, it, expect } from 'vitest';
import {
  failedLoadMessage,
  failedRemapMessage,
  pendingMappingMessage,
  rememberedMappingNote,
} from './load-messages';

describe('failedLoadMessage', () => {
  it('says which file was not loaded, why, where, and that the previous data stays', () => {
    const message = failedLoadMessage(
      'broken.csv',
      { code: 'no-date-column', message: 'No column reads as dates', where: { line: 1, column: 'day' } },
      true,
    );
    expect(message).toBe(
      '"broken.csv" was not loaded: No column reads as dates (at line 1, column "day"). The data loaded before is still shown.',
    );
  });

  it('leaves out the place and the note about previous data when there is none', () => {
    expect(failedLoadMessage('empty.csv', { code: 'empty-file', message: 'The file is empty.' }, false)).toBe(
      '"empty.csv" was not loaded: The file is empty.',
    );
  });
});

describe('pendingMappingMessage', () => {
  it('says the file is not loaded yet, why, that its columns are shown, and that the previous data stays', () => {
    const error = { code: 'no-target-column', message: 'No column reads as sales numbers.' };
    expect(pendingMappingMessage('bad.csv', error, true)).toBe(
      '"bad.csv" is not loaded yet: No column reads as sales numbers. Its columns are shown below. The data loaded before is still shown until then.',
    );
    expect(pendingMappingMessage('bad.csv', error, false)).toBe(
      '"bad.csv" is not loaded yet: No column reads as sales numbers. Its columns are shown below.',
    );
  });
});

describe('failedRemapMessage', () => {
  it('says the previous mapping is kept', () => {
    expect(
      failedRemapMessage({
        code: 'x',
        message: 'Sales column "store" holds text',
        where: { column: 'store' },
      }),
    ).toBe(
      'That change could not be applied, so the previous mapping is kept: Sales column "store" holds text (at column "store").',
    );
  });
});

describe('rememberedMappingNote', () => {
  it('names the file and the day the mapping was saved', () => {
    expect(rememberedMappingNote('june.csv', '2026-11-20T10:00:00.000Z')).toContain('(2026-11-20)');
  });
});
