import type { TFunction } from 'i18next';
import { ApiErrorCode } from '../../shared/api/errors';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';

/** What a person reads when logging in did not work, per the server's error code. */
export function loginErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('login.failed');
  switch (error.code) {
    case ApiErrorCode.InvalidCredentials:
      return t('login.invalidCredentials');
    case ApiErrorCode.RateLimited:
      return error.retryAfterSeconds === null
        ? t('login.rateLimitedLater')
        : t('login.rateLimited', { wait: formatWait(error.retryAfterSeconds, t) });
    case ApiErrorCode.BadRequest:
      return t('login.badRequest');
    default:
      return t('login.failed');
  }
}
