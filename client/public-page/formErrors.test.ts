import { describe, expect, it } from 'vitest';
import nb from './i18n/nb.json';
import { translate, type Translate } from './i18n/translate';
import { addFiles, checkDraft, refusalError } from './formErrors';

const t: Translate = (key, vars) => translate(nb, key, vars);
const MB = 1024 * 1024;
const file = (name: string, size = 1000) => ({ name, size });

describe('checkDraft', () => {
  const ok = {
    text: 'Flere benker i parken.',
    organisationRequired: false,
    organisation: '',
    email: '',
  };

  it('accepts a filled-in form', () => {
    expect(checkDraft(ok, t, 'nb')).toEqual([]);
    expect(checkDraft({ ...ok, email: 'kari@example.no' }, t, 'nb')).toEqual([]);
  });

  it('names each problem at its field', () => {
    expect(checkDraft({ ...ok, text: '   ' }, t, 'nb')).toEqual([
      { field: 'input-text', message: 'Skriv innspillet ditt.' },
    ]);
    const [tooLong] = checkDraft({ ...ok, text: 'x'.repeat(10_001) }, t, 'nb');
    expect(tooLong?.field).toBe('input-text');
    // Numbers as Norwegians write them, with a (no-break) space between thousands.
    expect(tooLong?.message.replace(/\s/g, ' ')).toBe(
      'Innspillet kan ha høyst 10 000 tegn. Nå har det 10 001.',
    );
    expect(
      checkDraft({ ...ok, organisationRequired: true, organisation: ' ' }, t, 'nb').map(
        (e) => e.field,
      ),
    ).toEqual(['input-organisation']);
    expect(checkDraft({ ...ok, email: 'kari@' }, t, 'nb').map((e) => e.field)).toEqual([
      'input-email',
    ]);
  });
});

describe('addFiles', () => {
  it('adds up to three accepted files', () => {
    const first = addFiles([], [file('a.pdf'), file('b.png')], t);
    expect(first).toEqual({ files: [file('a.pdf'), file('b.png')], error: null });
    expect(addFiles(first.files, [file('c.docx')], t).files).toHaveLength(3);
  });

  it('refuses a fourth file, a file over 10 MB, or a kind not accepted, keeping what was chosen', () => {
    const chosen = [file('a.pdf'), file('b.pdf')];
    expect(addFiles(chosen, [file('c.pdf'), file('d.pdf')], t)).toEqual({
      files: chosen,
      error: 'Du kan legge ved høyst 3 filer.',
    });
    expect(addFiles(chosen, [file('stor.pdf', 10 * MB + 1)], t)).toEqual({
      files: chosen,
      error: 'stor.pdf er for stor. Hver fil kan være høyst 10 MB.',
    });
    expect(addFiles([], [file('akkurat.pdf', 10 * MB)], t).error).toBeNull();
    expect(addFiles(chosen, [file('program.exe')], t).error).toBe(
      'program.exe er ikke en PDF, DOCX, ODT, JPG eller PNG.',
    );
  });
});

describe('refusalError', () => {
  it('has a message for every refusal, tied to the attachments when it is about them', () => {
    const cases = [
      ['input-closed', null],
      ['form-expired', null],
      ['spam-suspected', null],
      ['file-too-large', 'input-files'],
      ['file-wrong-type', 'input-files'],
      ['too-many-files', 'input-files'],
      ['rate-limited', null],
      ['bad-request', null],
      ['network', null],
      ['internal', null],
    ] as const;
    const messages = cases.map(([code, field]) => {
      const error = refusalError({ code, retryAfterSeconds: null }, t);
      expect(error.field, code).toBe(field);
      return error.message;
    });
    expect(new Set(messages).size).toBe(cases.length);
  });

  it('says how long to wait when rate limited', () => {
    expect(refusalError({ code: 'rate-limited', retryAfterSeconds: 301 }, t).message).toContain(
      'om 6 minutter',
    );
    expect(refusalError({ code: 'rate-limited', retryAfterSeconds: 30 }, t).message).toContain(
      'om et minutt',
    );
  });
});
