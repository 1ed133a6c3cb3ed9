import type { JoinCodeInfoResponse } from '../../shared/api/joinCodes';

/** Handed from `/join` to `/join/<code>`, so the code is not looked up twice (each look-up counts). */
export interface JoinLocationState {
  code: string;
  info: JoinCodeInfoResponse;
}

export function joinStateFor(state: unknown, code: string): JoinCodeInfoResponse | null {
  if (typeof state !== 'object' || state === null) return null;
  const candidate = state as Partial<JoinLocationState>;
  return candidate.code === code && candidate.info ? candidate.info : null;
}
