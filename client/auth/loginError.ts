import type { TFunction } from 'i18next';
import { ApiErrorCode } from '../../shared/api/errors';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';

/**
 * From a minute's wait on, the refusal is one of the caps strangers to the account share (many
 * failures from this address, or against this account): a browser that logged in before is not
 * held by them, so the person is told.
 */
const LONG_WAIT_SECONDS = 60;

/** What a person reads when logging in did not work, per the server's error code. */
export function loginErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('login.failed');
  switch (error.code) {
    case ApiErrorCode.InvalidCredentials:
      return t('login.invalidCredentials');
    case ApiErrorCode.RateLimited:
      if (error.retryAfterSeconds === null) return t('login.rateLimitedLater');
      return t(
        error.retryAfterSeconds >= LONG_WAIT_SECONDS
          ? 'login.rateLimitedLong'
          : 'login.rateLimited',
        {
          wait: formatWait(error.retryAfterSeconds, t),
        },
      );
    case ApiErrorCode.BadRequest:
      return t('login.badRequest');
    default:
      return t('login.failed');
  }
}
