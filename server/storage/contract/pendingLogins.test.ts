import { it, expect } from 'vitest';
import type { PendingLoginRecord } from '../Storage';
import { describeEachEngine } from './engines';

function pending(keyHash: string, expiresAt: number): PendingLoginRecord {
  return {
    keyHash,
    state: `state-${keyHash}`,
    nonce: `nonce-${keyHash}`,
    codeVerifier: `verifier-${keyHash}`,
    redirectUri: 'https://medverk.example/api/auth/oidc/callback',
    returnTo: '/plans/p',
    expiresAt,
  };
}

describeEachEngine('pendingLogins', (open) => {
  it('takes a login once, with every field', async () => {
    const { pendingLogins } = await open();
    await pendingLogins.add(pending('a', 1_800_000_000_000));
    expect(await pendingLogins.take('a', 1_000)).toEqual(pending('a', 1_800_000_000_000));
    expect(await pendingLogins.take('a', 1_000)).toBeNull();
    expect(await pendingLogins.take('unknown', 1_000)).toBeNull();
  });

  it('an expired login is not handed out, and is gone after the attempt', async () => {
    const { pendingLogins } = await open();
    await pendingLogins.add(pending('a', 5_000));
    expect(await pendingLogins.take('a', 5_000)).toBeNull();
    expect(await pendingLogins.take('a', 0)).toBeNull();
  });

  it('purgeExpired removes exactly the logins expired by then', async () => {
    const { pendingLogins } = await open();
    await pendingLogins.add(pending('old', 1_000));
    await pendingLogins.add(pending('edge', 2_000));
    await pendingLogins.add(pending('fresh', 3_000));
    await pendingLogins.purgeExpired(2_000);
    expect(await pendingLogins.take('old', 0)).toBeNull();
    expect(await pendingLogins.take('edge', 0)).toBeNull();
    expect(await pendingLogins.take('fresh', 0)).toEqual(pending('fresh', 3_000));
  });

  it('two servers racing for one login: only one gets it', async () => {
    const [one, other] = [await open(), await open()];
    await one.pendingLogins.add(pending('a', 10_000));
    const results = await Promise.all([one.pendingLogins.take('a', 0), other.pendingLogins.take('a', 0)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('refuses a second login with the same key hash', async () => {
    const { pendingLogins } = await open();
    await pendingLogins.add(pending('a', 10_000));
    await expect(pendingLogins.add(pending('a', 20_000))).rejects.toThrow(/unique/i);
  });
});
