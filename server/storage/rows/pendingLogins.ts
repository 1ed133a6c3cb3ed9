import type { PendingLoginRecord } from '../Storage';

export interface PendingLoginRow {
  key_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  return_to: string;
  expires_at: number;
}

export function toPendingLoginRecord(row: PendingLoginRow): PendingLoginRecord {
  return {
    keyHash: row.key_hash,
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    redirectUri: row.redirect_uri,
    returnTo: row.return_to,
    expiresAt: row.expires_at,
  };
}
