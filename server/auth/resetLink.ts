import { RESET_LINK_TTL_MS } from '../../shared/api/passwordReset';
import type { AccountStorage } from '../storage/Storage';
import { hashToken, newToken } from './tokens';

/** For printed and mailed text: how long a reset link works. */
export const RESET_LINK_VALID_MINUTES = RESET_LINK_TTL_MS / 60_000;

/**
 * Makes a password reset link for one account, replacing its earlier ones. Only the token's hash
 * is stored, and the token goes in the URL fragment, so it never reaches access logs or proxies.
 */
export async function issueResetLink(
  accounts: AccountStorage,
  userId: string,
  baseUrl: string,
  now = Date.now(),
): Promise<{ url: string; expiresAt: number }> {
  const token = newToken();
  const expiresAt = now + RESET_LINK_TTL_MS;
  await accounts.createPasswordReset({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt });
  return { url: `${baseUrl}/reset#${token}`, expiresAt };
}
