import type { ErrorCode } from '../../shared/protocol';

/** A refused message's answer: the code the client maps to a translated message, and why. */
export type Refusal = { ok: false; code: ErrorCode; message: string };

export function refuse(code: ErrorCode, message: string): Refusal {
  return { ok: false, code, message };
}
