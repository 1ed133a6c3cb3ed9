import { ApiError } from '../http/request';

export type ExportErrorKey =
  'forbidden' | 'notFound' | 'rateLimited' | 'busy' | 'unavailable' | 'network' | 'failed';

/** Which translated message explains a failed export (`exportPage.errors.*`). */
export function exportErrorKey(error: unknown): ExportErrorKey {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) return 'forbidden';
    if (error.status === 404) return 'notFound';
    if (error.status === 429) return 'rateLimited';
    if (error.status === 503) return 'busy';
    if (
      error.status === 400 ||
      error.status === 406 ||
      error.status === 415 ||
      error.status === 501
    )
      return 'unavailable';
    return 'failed';
  }
  if (error instanceof TypeError) return 'network';
  return 'failed';
}
