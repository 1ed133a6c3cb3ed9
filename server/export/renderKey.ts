import { createHash } from 'node:crypto';
import { osloDate } from '../../shared/inputs/currentStep';
import type { PlanRenderInput } from './planFromState';

/** A content hash of bytes, as the render key names them. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/**
 * The name of the file an export input renders to: equal exactly when the inputs print the same
 * file. Every field goes in (a new field goes in without anyone remembering to add it), the
 * states and the logo as hashes of their bytes, and a live draft's date as its day. `stateHash`
 * may be given when the caller already knows the plan state's hash (liveState.ts).
 */
export function renderKey(input: PlanRenderInput, stateHash = bytesHash(input.planState)): string {
  const { discussion, logo, now, ...rest } = input;
  const named = {
    ...rest,
    planState: stateHash,
    discussion: discussion ? { ...discussion, state: bytesHash(discussion.state) } : null,
    logo: logo ? { ...logo, bytes: bytesHash(logo.bytes) } : null,
    // A live draft's title page prints its day in Norway, no finer. Made per call: a formatter
    // kept from start-up would load ICU's time-zone data (~7 MB) into every idle server.
    day: input.version ? null : osloDate((now ?? new Date()).getTime()),
  };
  return createHash('sha256').update(JSON.stringify(named)).digest('base64url');
}
