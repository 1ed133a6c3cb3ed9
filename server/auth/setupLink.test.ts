import { describe, it, expect } from 'vitest';
import { useTestEnv } from '../testing/testEnv';
import { issueSetupLink } from './setupLink';
import { hashToken } from './tokens';

const admin = { id: 'a', email: 'a@k.no', name: 'A', passwordHash: null, isAdmin: true, createdAt: 1 };

describe('issueSetupLink', () => {
  const env = useTestEnv();

  it('issues a link with the token in the fragment only, and the token works once', async () => {
    const { accounts } = env().sqlite();
    const link = await issueSetupLink(accounts, 'http://localhost:3000');
    expect(link).not.toBeNull();
    const url = new URL(link ?? '');
    expect(url.origin).toBe('http://localhost:3000');
    expect(url.pathname).toBe('/setup');
    expect(url.search).toBe('');
    const token = url.hash.slice(1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Stored only as its hash.
    expect(await accounts.createFirstAdmin(token, admin, Date.now())).toBe('invalid');
    expect(await accounts.createFirstAdmin(hashToken(token), admin, Date.now())).toBe('ok');
  });

  it('issues a new token each time while there are no users, and only the newest works', async () => {
    const { accounts } = env().sqlite();
    const first = await issueSetupLink(accounts, 'http://localhost:3000');
    const second = await issueSetupLink(accounts, 'http://localhost:3000');
    expect(first).not.toBe(second);
    const hashOf = (link: string | null) => hashToken(new URL(link ?? '').hash.slice(1));
    expect(await accounts.createFirstAdmin(hashOf(first), admin, Date.now())).toBe('invalid');
    expect(await accounts.createFirstAdmin(hashOf(second), admin, Date.now())).toBe('ok');
  });

  it('issues nothing once a user exists', async () => {
    const { accounts } = env().sqlite();
    await accounts.createUser({ id: 'u', email: 'u@k.no', name: 'U', passwordHash: null, isAdmin: true, createdAt: 1 });
    expect(await issueSetupLink(accounts, 'http://localhost:3000')).toBeNull();
  });
});
