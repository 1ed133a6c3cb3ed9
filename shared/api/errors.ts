/** Error body of every failed HTTP call: a stable code for the client and a message for people. */
export const ApiErrorCode = {
  BadRequest: 'bad-request',
  NotFound: 'not-found',
  PayloadTooLarge: 'payload-too-large',
  Internal: 'internal',
  /** No valid session (401). */
  Unauthorized: 'unauthorized',
  /** A session, but not the right role (403). */
  Forbidden: 'forbidden',
  /** A state-changing request without a matching Origin header (403). */
  BadOrigin: 'bad-origin',
  /** Too many attempts from this address or for this account (429); see Retry-After. */
  RateLimited: 'rate-limited',
  InvalidCredentials: 'invalid-credentials',
  InvalidSetupToken: 'invalid-setup-token',
  InviteUnknown: 'invite-unknown',
  InviteExpired: 'invite-expired',
  InviteRevoked: 'invite-revoked',
  InviteExhausted: 'invite-exhausted',
  /** OpenID Connect login is not configured or the provider's answer was not accepted. */
  OidcFailed: 'oidc-failed',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}
