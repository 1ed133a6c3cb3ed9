import { ApiError } from '../http/request';

/**
 * What went wrong with an action, in the few kinds the page words differently. Anything the
 * page does not expect reads as «could not save, try again».
 */
export type ActionError =
  | 'slug-taken'
  | 'file-wrong-type'
  | 'file-too-large'
  | 'in-use'
  | 'gone'
  | 'forbidden'
  | 'rate-limited'
  | 'offline'
  | 'failed';

export function actionError(error: unknown): ActionError {
  if (error instanceof ApiError) {
    if (error.code === 'slug-taken') return 'slug-taken';
    if (error.code === 'file-wrong-type' || error.status === 415) return 'file-wrong-type';
    if (error.code === 'file-too-large' || error.status === 413) return 'file-too-large';
    if (error.status === 409) return 'in-use';
    if (error.status === 404) return 'gone';
    if (error.status === 403 || error.status === 401) return 'forbidden';
    if (error.status === 429) return 'rate-limited';
    return 'failed';
  }
  return error instanceof TypeError ? 'offline' : 'failed';
}
