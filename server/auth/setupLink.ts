import type { AccountStorage } from '../storage/Storage';
import { hashToken, newToken } from './tokens';

/**
 * On a start with no accounts, issue a one-time token for creating the first administrator.
 * The token goes in the URL fragment, so it never reaches access logs or proxies.
 */
export async function issueSetupLink(accounts: AccountStorage, baseUrl: string): Promise<string | null> {
  if ((await accounts.countUsers()) > 0) return null;
  const token = newToken();
  await accounts.createSetupToken(hashToken(token), Date.now());
  return `${baseUrl}/setup#${token}`;
}
