import { describe, expect, it } from 'vitest';
import { newPasswordProblems } from './passwordProblems';

describe('newPasswordProblems', () => {
  it('asks for the server’s minimum length first, then for the same password twice', () => {
    expect(newPasswordProblems({ password: 'kort', passwordAgain: 'kort' })).toEqual({
      password: 'passwordTooShort',
    });
    expect(
      newPasswordProblems({ password: 'langt-passord', passwordAgain: 'langt-passor' }),
    ).toEqual({ passwordAgain: 'passwordMismatch' });
    expect(
      newPasswordProblems({ password: 'langt-passord', passwordAgain: 'langt-passord' }),
    ).toEqual({});
  });
});
