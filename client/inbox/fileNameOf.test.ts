import { describe, expect, it } from 'vitest';
import { fileNameOf } from './fileNameOf';

describe('the name of a downloaded file', () => {
  it('prefers the encoded name', () => {
    expect(
      fileNameOf(
        `attachment; filename="hoeringsoppsummering.docx"; filename*=UTF-8''H%C3%B8ringsoppsummering.docx`,
        'x',
      ),
    ).toBe('Høringsoppsummering.docx');
  });

  it('takes the plain name, or the fallback', () => {
    expect(fileNameOf('attachment; filename="innspill.csv"', 'x')).toBe('innspill.csv');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A`, 'x.csv')).toBe('x.csv');
    expect(fileNameOf(null, 'innspill.csv')).toBe('innspill.csv');
  });
});
