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
  /** The server is busy with other work, e.g. exports, and refuses more for now (503); see Retry-After. */
  Busy: 'busy',
  /** Too many attempts from this address or for this account (429); see Retry-After. */
  RateLimited: 'rate-limited',
  InvalidCredentials: 'invalid-credentials',
  InvalidSetupToken: 'invalid-setup-token',
  /** A password reset link that does not exist, was used, or was replaced by a newer one (403). */
  ResetLinkInvalid: 'reset-link-invalid',
  /** A password reset link past its hour (403). */
  ResetLinkExpired: 'reset-link-expired',
  /** Reset links by e-mail need SMTP; without it an administrator makes the link (409). */
  ResetByEmailOff: 'reset-by-email-off',
  InviteUnknown: 'invite-unknown',
  InviteExpired: 'invite-expired',
  InviteRevoked: 'invite-revoked',
  InviteExhausted: 'invite-exhausted',
  /** OpenID Connect login is not configured or the provider's answer was not accepted. */
  OidcFailed: 'oidc-failed',
  /** Input is not open now (no consultation window, and open input is off) (409). */
  InputClosed: 'input-closed',
  /** The form was sent too soon after it was opened, or its token is missing, forged or old (400). */
  FormExpired: 'form-expired',
  /** The hidden field people never see was filled (400). */
  SpamSuspected: 'spam-suspected',
  /** An uploaded file is larger than allowed (413). */
  FileTooLarge: 'file-too-large',
  /** An uploaded file's content is not one of the accepted kinds, whatever its name says (415). */
  FileWrongType: 'file-wrong-type',
  /** More files than allowed (400). */
  TooManyFiles: 'too-many-files',
  /** The address is taken by another plan's public page (409). */
  SlugTaken: 'slug-taken',
  /** A logo wider or taller than allowed, in pixels (413). */
  ImageTooManyPixels: 'image-too-many-pixels',
  /** An SVG logo with script, outside references or markup that is not plain drawing (415). */
  UnsafeSvg: 'unsafe-svg',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}
