import type { CreateJoinCodeResponse } from '../../shared/api/joinCodes';

/*
 * The join code last made for a workshop, kept in this tab's session storage until it expires:
 * the server has only its hash, and a facilitator who reloads the lead page mid-workshop should
 * still have the code on the projector.
 */

const key = (workshopId: string) => `medverk.joinCode.${workshopId}`;

export function shownCode(workshopId: string, now = Date.now()): CreateJoinCodeResponse | null {
  try {
    const raw = sessionStorage.getItem(key(workshopId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<CreateJoinCodeResponse>;
    const complete =
      typeof value.code === 'string' &&
      typeof value.url === 'string' &&
      typeof value.expiresAt === 'number' &&
      value.workshopId === workshopId;
    if (!complete || (value.expiresAt ?? 0) <= now) {
      sessionStorage.removeItem(key(workshopId));
      return null;
    }
    return value as CreateJoinCodeResponse;
  } catch {
    return null;
  }
}

export function rememberShownCode(code: CreateJoinCodeResponse): void {
  try {
    sessionStorage.setItem(key(code.workshopId), JSON.stringify(code));
  } catch {
    // Storage full or blocked: the code is still on screen until the page reloads.
  }
}
