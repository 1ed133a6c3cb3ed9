import { describe, expect, it } from 'vitest';
import { fileKindOfMime, safeFileName } from './fileKinds';

describe('file names safe to show and to send back', () => {
  it('keeps a readable name and gives it the extension of what the bytes are', () => {
    expect(safeFileName('Høringsuttalelse fra Vardåsen vel.pdf', 'pdf')).toBe(
      'Høringsuttalelse fra Vardåsen vel.pdf',
    );
    expect(safeFileName('bilde.pdf', 'png')).toBe('bilde.png');
    expect(safeFileName('notat', 'docx')).toBe('notat.docx');
  });

  it('drops paths, control characters, quotes and markup characters', () => {
    expect(safeFileName('C:\\Users\\kari\\brev.odt', 'odt')).toBe('brev.odt');
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeFileName('a"b<script>\u0000\u001f\u007f.pdf', 'pdf')).toBe('abscript.pdf');
    expect(safeFileName('rapport;\r\nX-Evil: 1.pdf', 'pdf')).toBe('rapportX-Evil 1.pdf');
  });

  it('bounds the length and never leaves the name empty', () => {
    expect(safeFileName(`${'å'.repeat(300)}.pdf`, 'pdf')).toHaveLength(118);
    expect(safeFileName('".pdf', 'pdf')).toBe('dokument.pdf');
  });

  it('knows the kinds by MIME type and nothing else', () => {
    expect(fileKindOfMime('application/pdf')).toBe('pdf');
    expect(fileKindOfMime('image/png')).toBe('png');
    expect(fileKindOfMime('text/html')).toBeNull();
  });
});
