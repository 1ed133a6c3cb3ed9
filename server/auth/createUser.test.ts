import { describe, it, expect } from 'vitest';
import { useTestEnv } from '../testing/testEnv';
import { createUser } from './createUser';
import { verifyPassword } from './passwords';

const PASSWORD = 'lang-nok-passord';

describe('createUser', () => {
  const env = useTestEnv();

  it('creates an account with a normalised e-mail and a hashed password', async () => {
    const { accounts } = env().sqlite();
    const result = await createUser(accounts, { email: '  Kari.Nordmann@Bergen.Kommune.NO ', name: ' Kari ', password: PASSWORD, isAdmin: true });
    if (!result.ok) throw new Error(result.error);
    expect(result.user).toMatchObject({ email: 'kari.nordmann@bergen.kommune.no', name: 'Kari', isAdmin: true });
    expect(await accounts.getUser(result.user.id)).toEqual({ presenceColor: null, ...result.user });
    expect(result.user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, result.user.passwordHash ?? '')).toBe(true);
  });

  it('refuses an e-mail that has an account already, whatever its case', async () => {
    const { accounts } = env().sqlite();
    expect((await createUser(accounts, { email: 'kari@k.no', name: 'Kari', password: PASSWORD, isAdmin: false })).ok).toBe(true);
    const again = await createUser(accounts, { email: 'KARI@k.no', name: 'Other', password: PASSWORD, isAdmin: false });
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/exists/) as string });
    expect(await accounts.countUsers()).toBe(1);
  });

  it('refuses the second of two simultaneous creations of the same e-mail with an error, not a throw', async () => {
    const { accounts } = env().sqlite();
    const results = await Promise.all([
      createUser(accounts, { email: 'kari@k.no', name: 'A', password: PASSWORD, isAdmin: false }),
      createUser(accounts, { email: 'kari@k.no', name: 'B', password: PASSWORD, isAdmin: false }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await accounts.countUsers()).toBe(1);
  });

  it('names every invalid field and creates nothing', async () => {
    const { accounts } = env().sqlite();
    const result = await createUser(accounts, { email: 'not-an-email', name: '  ', password: 'short', isAdmin: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/email/);
    expect(result.error).toMatch(/name/);
    expect(result.error).toMatch(/password/);
    expect(await accounts.countUsers()).toBe(0);
  });
});
