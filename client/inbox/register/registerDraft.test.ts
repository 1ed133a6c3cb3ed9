import { describe, expect, it } from 'vitest';
import { registerInputFieldsSchema } from '../../../shared/api/inputs';
import { checkRegisterDraft, type RegisterDraft } from './registerDraft';

const now = new Date(2026, 2, 15, 9, 30).getTime();
const letter: RegisterDraft = {
  channel: 'letter',
  workshopId: '',
  receivedDay: '2026-03-10',
  consultationId: '',
  section: 'plan',
  submitterKind: 'resident',
  organisation: '',
  name: ' Per Hansen ',
  email: '',
  namePublic: true,
  text: '  Mer lys på stien.\nTakk.  ',
};

describe('registering input by hand', () => {
  it('gives the fields the server accepts', () => {
    const result = checkRegisterDraft(letter, now);
    expect(result).toEqual({
      ok: true,
      fields: {
        channel: 'letter',
        section: 'plan',
        text: 'Mer lys på stien.\nTakk.',
        submitterKind: 'resident',
        organisation: '',
        name: 'Per Hansen',
        email: '',
        namePublic: 'true',
        receivedAt: new Date(2026, 2, 10, 12).getTime(),
      },
    });
    if (result.ok) expect(registerInputFieldsSchema.safeParse(result.fields).success).toBe(true);
  });

  it('names a workshop and a consultation when chosen', () => {
    const result = checkRegisterDraft(
      {
        ...letter,
        channel: 'workshop',
        workshopId: 'w1',
        consultationId: 'c1',
        submitterKind: 'other',
        namePublic: true,
      },
      now,
    );
    expect(result.ok && result.fields).toMatchObject({
      workshopId: 'w1',
      consultationId: 'c1',
      namePublic: 'false',
    });
    if (result.ok) expect(registerInputFieldsSchema.safeParse(result.fields).success).toBe(true);
  });

  it('says what is missing or wrong, field by field', () => {
    expect(
      checkRegisterDraft(
        {
          ...letter,
          channel: 'workshop',
          submitterKind: 'association',
          receivedDay: '2026-04-01',
          email: 'per@',
          text: ' ',
        },
        now,
      ),
    ).toEqual({
      ok: false,
      problems: {
        workshopId: 'required',
        receivedDay: 'invalidDate',
        organisation: 'required',
        email: 'invalidEmail',
        text: 'required',
      },
    });
    expect(
      checkRegisterDraft({ ...letter, receivedDay: '', text: 'x'.repeat(10_001) }, now),
    ).toEqual({
      ok: false,
      problems: { receivedDay: 'required', text: 'tooLong' },
    });
  });
});
