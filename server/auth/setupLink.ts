import { SETUP_TOKEN_TTL_MS, type AccountStorage } from '../storage/Storage';
import { hashToken, newToken } from './tokens';

/** For the printed line: how long a setup link works ("24 hours"). */
export const SETUP_LINK_VALID_FOR = `${SETUP_TOKEN_TTL_MS / 3_600_000} hours`;

/**
 * On a start with no accounts, issue a one-time token for creating the first administrator.
 * It replaces every earlier one (one valid link at a time) and expires after SETUP_TOKEN_TTL_MS.
 * The token goes in the URL fragment, so it never reaches access logs or proxies.
 */
export async function issueSetupLink(accounts: AccountStorage, baseUrl: string): Promise<string | null> {
  if ((await accounts.countUsers()) > 0) return null;
  const token = newToken();
  await accounts.createSetupToken(hashToken(token), Date.now());
  return `${baseUrl}/setup#${token}`;
}
