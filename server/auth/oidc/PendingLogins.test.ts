import { describe, expect, it } from 'vitest';
import { PendingLogins, type PendingLogin } from './PendingLogins';

const login = (returnTo: string): PendingLogin => ({
  state: 's',
  nonce: 'n',
  codeVerifier: 'v',
  redirectUri: 'http://localhost/api/auth/oidc/callback',
  returnTo,
});

describe('PendingLogins', () => {
  it('hands a login back once, by its key', () => {
    const pending = new PendingLogins();
    const key = pending.add(login('/a'));
    expect(pending.take(key)).toEqual(login('/a'));
    expect(pending.take(key)).toBeNull();
    expect(pending.take(undefined)).toBeNull();
    expect(pending.take('unknown')).toBeNull();
  });

  it('forgets logins after their time', () => {
    const pending = new PendingLogins(1_000);
    const key = pending.add(login('/a'), 0);
    expect(pending.take(key, 1_000)).toBeNull();
    pending.add(login('/b'), 0);
    pending.add(login('/c'), 2_000);
    expect(pending.size).toBe(1);
  });

  it('stays bounded: past capacity the oldest attempt goes', () => {
    const pending = new PendingLogins(60_000, 2);
    const first = pending.add(login('/1'), 0);
    const second = pending.add(login('/2'), 1);
    const third = pending.add(login('/3'), 2);
    expect(pending.size).toBe(2);
    expect(pending.take(first, 3)).toBeNull();
    expect(pending.take(second, 3)?.returnTo).toBe('/2');
    expect(pending.take(third, 3)?.returnTo).toBe('/3');
  });
});
