import { describe, expect, it } from 'vitest';
import { setupProblems } from './validateSetup';
import { readSetupToken } from './setupToken';

const valid = {
  name: 'Kari',
  email: 'kari@asker.kommune.no',
  password: 'langt-passord',
  passwordAgain: 'langt-passord',
};

describe('setupProblems', () => {
  it('accepts a complete form', () => {
    expect(setupProblems(valid)).toEqual({});
  });

  it('names each problem on its field', () => {
    expect(
      setupProblems({ name: ' ', email: 'kari', password: 'kort', passwordAgain: '' }),
    ).toEqual({
      name: 'nameRequired',
      email: 'emailInvalid',
      password: 'passwordTooShort',
    });
    expect(setupProblems({ ...valid, passwordAgain: 'langt-passorD' })).toEqual({
      passwordAgain: 'passwordMismatch',
    });
  });
});

describe('readSetupToken', () => {
  it('reads the token from the fragment', () => {
    expect(readSetupToken('#abc_DEF-123')).toBe('abc_DEF-123');
    expect(readSetupToken('')).toBeNull();
    expect(readSetupToken('#')).toBeNull();
  });
});
