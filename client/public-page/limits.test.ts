import { describe, expect, it } from 'vitest';
import { InputLimits, sectionKeySchema } from '../../shared/api/inputs';
import { FILE_KINDS, FileLimits, INPUT_FILE_KINDS } from '../../shared/public/fileKinds';
import { ACCEPTED_EXTENSIONS, FormLimits, looksAccepted } from './limits';
import { isSectionKey } from './routes';

describe('the public form’s own copy of the limits', () => {
  it('matches the contract the server checks', () => {
    expect(FormLimits).toEqual({
      textMax: InputLimits.textMax,
      nameMax: InputLimits.nameMax,
      organisationMax: InputLimits.organisationMax,
      emailMax: InputLimits.emailMax,
      minFillMs: InputLimits.minFillMs,
      maxFiles: FileLimits.inputMaxFiles,
      maxFileBytes: FileLimits.inputMaxBytes,
    });
    expect(ACCEPTED_EXTENSIONS.filter((e) => e !== 'jpeg').sort()).toEqual(
      INPUT_FILE_KINDS.map((kind) => FILE_KINDS[kind].extension).sort(),
    );
  });

  it('reads section keys as the server does', () => {
    for (const key of [
      'plan',
      'fa:abc',
      'st:A_b-9',
      'fa:',
      'st:a b',
      'xx:1',
      `fa:${'a'.repeat(65)}`,
      'Plan',
    ]) {
      expect(isSectionKey(key), key).toBe(sectionKeySchema.safeParse(key).success);
    }
  });

  it('judges a file by the extension of its name', () => {
    expect(looksAccepted({ name: 'brev.PDF' })).toBe(true);
    expect(looksAccepted({ name: 'bilde.jpeg' })).toBe(true);
    expect(looksAccepted({ name: 'tabell.xlsx' })).toBe(false);
    expect(looksAccepted({ name: 'uten-endelse' })).toBe(false);
  });
});
