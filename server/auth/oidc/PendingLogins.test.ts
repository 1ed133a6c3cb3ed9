import { describe, expect, it } from 'vitest';
import { useTestEnv } from '../../testing/testEnv';
import { hashToken } from '../tokens';
import { PendingLogins, type PendingLogin } from './PendingLogins';

const login = (returnTo: string): PendingLogin => ({
  state: 's',
  nonce: 'n',
  codeVerifier: 'v',
  redirectUri: 'http://localhost/api/auth/oidc/callback',
  returnTo,
});

describe('PendingLogins', () => {
  const env = useTestEnv();

  it('hands a login back once, by its key', async () => {
    const pending = new PendingLogins(env().sqlite().pendingLogins);
    const key = await pending.add(login('/a'));
    expect(await pending.take(key)).toEqual(login('/a'));
    expect(await pending.take(key)).toBeNull();
    expect(await pending.take(undefined)).toBeNull();
    expect(await pending.take('unknown')).toBeNull();
  });

  it('a login started on one server can be finished on another', async () => {
    const [one, other] = [env().sqlite(), env().sqlite()];
    const key = await new PendingLogins(one.pendingLogins).add(login('/plans'));
    expect(await new PendingLogins(other.pendingLogins).take(key)).toEqual(login('/plans'));
    expect(await new PendingLogins(one.pendingLogins).take(key)).toBeNull();
  });

  it('forgets logins after their time, and sweeps expired ones out of storage', async () => {
    const storage = env().sqlite().pendingLogins;
    const pending = new PendingLogins(storage, 1_000);
    const key = await pending.add(login('/a'), 0);
    expect(await pending.take(key, 1_000)).toBeNull();

    const stale = await pending.add(login('/b'), 0);
    // The next start, a minute later, sweeps the stale one away.
    await pending.add(login('/c'), 60_000);
    expect(await storage.take(hashToken(stale), 0)).toBeNull();
  });

  it('keeps only the key’s hash in storage', async () => {
    const storage = env().sqlite().pendingLogins;
    const key = await new PendingLogins(storage).add(login('/a'), 0);
    expect(await storage.take(key, 0)).toBeNull();
    expect(await storage.take(hashToken(key), 0)).toMatchObject({ returnTo: '/a', codeVerifier: 'v' });
  });
});
