import { ErrorCode } from '../../shared/protocol/errors';

/**
 * One handshake: our step 1, the server's step 2 and step 1, our step 2. The server acks our
 * step 1 only once everything it holds is durable, so a round that ends with every ack ok
 * proves the server has stored all of this document that we had when it began.
 */
export interface Round {
  /** Token of the round's step 1: refusals of messages sent before it are healed by the round. */
  firstToken: number;
  step1Acked: boolean;
  /** The server's step 1 came and our step 2 went out; later changes go out as updates. */
  answered: boolean;
  failed: boolean;
}

/**
 * Refusals that a resync cannot heal, shown as an error instead of retried forever: the editor
 * becomes read-only or closes, or a change would break the document (the server will refuse it
 * however often it comes; reloading the plan is the way out).
 */
export function isFinal(code: ErrorCode): boolean {
  return (
    code === ErrorCode.ReadOnly || code === ErrorCode.Forbidden || code === ErrorCode.InvalidChange
  );
}

/** Join refusals that pass by themselves (storage back, load eased): the join is asked again. */
export function passesByItself(code: ErrorCode): boolean {
  return code === ErrorCode.StorageFailed || code === ErrorCode.RateLimited;
}

/** An update that carries nothing: no structs and an empty delete set. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
