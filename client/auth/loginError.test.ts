import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/request';
import { testTranslator } from '../i18n/testTranslator';
import { loginErrorText } from './loginError';

describe('loginErrorText', () => {
  it('says what went wrong for each answer, in bokmål', async () => {
    const t = await testTranslator('nb');
    expect(loginErrorText(new ApiError(401, 'invalid-credentials', 'x'), t)).toBe(
      'E-postadressen eller passordet er feil.',
    );
    expect(loginErrorText(new ApiError(429, 'rate-limited', 'x', 30), t)).toBe(
      'For mange forsøk. Vent 30 sekunder før du prøver igjen.',
    );
    expect(loginErrorText(new ApiError(429, 'rate-limited', 'x', 1), t)).toContain(
      'Vent 1 sekund ',
    );
    expect(loginErrorText(new ApiError(429, 'rate-limited', 'x', 600), t)).toContain(
      'Vent 10 minutter ',
    );
    // A long wait is a cap on strangers to the account: a browser that logged in before is not held.
    expect(loginErrorText(new ApiError(429, 'rate-limited', 'x', 600), t)).toContain(
      'nettleser du har logget inn med før',
    );
    expect(loginErrorText(new ApiError(429, 'rate-limited', 'x', 8), t)).not.toContain('nettleser');
    expect(loginErrorText(new TypeError('Failed to fetch'), t)).toBe(
      'Kunne ikke logge inn. Sjekk nettforbindelsen og prøv igjen.',
    );
  });

  it('waits in the reader’s language', async () => {
    expect(
      loginErrorText(new ApiError(429, 'rate-limited', 'x', 120), await testTranslator('en')),
    ).toBe(
      'Too many attempts. Wait 2 minutes before you try again. From a browser you have logged in with before, you can log in now.',
    );
    expect(
      loginErrorText(new ApiError(429, 'rate-limited', 'x', 45), await testTranslator('nn')),
    ).toContain('Vent 45 sekund ');
  });
});
