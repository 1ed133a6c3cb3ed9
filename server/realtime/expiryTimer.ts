import { ErrorCode } from '../../shared/protocol';
import type { AccessPolicy } from '../auth/access';
import type { Identity } from '../auth/identity';
import { refuse } from './refusal';

/** setTimeout's longest delay (about 24.8 days); a later end is waited for in steps. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** When an identity stops counting (see Identity), or null when no end is known. */
export function expiresAt(identity: Identity): number | null {
  return identity.kind === 'anonymous' ? null : (identity.expiresAt ?? null);
}

export function hasExpired(identity: Identity, now = Date.now()): boolean {
  const end = expiresAt(identity);
  return end !== null && end <= now;
}

/**
 * Calls `onExpire` once, when `at` has passed (never synchronously, never keeping the process
 * alive); returns how to cancel it.
 */
export function armExpiryTimer(
  at: number,
  onExpire: () => void,
  now: () => number = Date.now,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    timer = setTimeout(
      () => {
        // Timers may fire a little early, and a long wait comes in steps: fire only when it is time.
        if (at - now() > 0) arm();
        else onExpire();
      },
      Math.min(Math.max(at - now(), 0), MAX_TIMEOUT_MS),
    );
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}

/** The same policy, except that an expired identity may open nothing (so a late timer is no hole). */
export function refusingAfterExpiry(
  policy: AccessPolicy,
  now: () => number = Date.now,
): AccessPolicy {
  return {
    decide: async (identity, docName) =>
      hasExpired(identity, now()) ? 'none' : policy.decide(identity, docName),
  };
}

/**
 * A Socket.IO packet middleware: once the identity has expired, a message is not handled, its
 * acknowledgement (if any) is a refusal, and `onExpired` closes the connection.
 */
export function refusingMessagesAfterExpiry(
  identity: Identity,
  onExpired: () => void,
  now: () => number = Date.now,
): (packet: unknown[], next: () => void) => void {
  return (packet, next) => {
    if (!hasExpired(identity, now())) {
      next();
      return;
    }
    const ack = packet[packet.length - 1];
    if (typeof ack === 'function')
      (ack as (answer: unknown) => void)(refuse(ErrorCode.Forbidden, 'the session has expired'));
    onExpired();
  };
}
