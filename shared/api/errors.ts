/** Error body of every failed HTTP call: a stable code for the client and a message for people. */
export const ApiErrorCode = {
  BadRequest: 'bad-request',
  NotFound: 'not-found',
  PayloadTooLarge: 'payload-too-large',
  Internal: 'internal',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}
