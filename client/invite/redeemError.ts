import { ApiErrorCode } from '../../shared/api/errors';
import { ApiError } from '../http/request';
import type { UnavailableReason } from './InviteUnavailable';

/** A refused redemption that means the link itself cannot be used (it changed since the page loaded). */
export function unavailableReason(error: unknown): UnavailableReason | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case ApiErrorCode.InviteExpired:
      return 'expired';
    case ApiErrorCode.InviteRevoked:
      return 'revoked';
    case ApiErrorCode.InviteExhausted:
      return 'exhausted';
    case ApiErrorCode.InviteUnknown:
      return 'unknown';
    default:
      return null;
  }
}
