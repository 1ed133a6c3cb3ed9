import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';

/**
 * What a person's presence may contain. TipTap's caret adds `cursor` (relative positions) and
 * we add `focusAreaId`; other keys pass, but the whole state is size-capped by the caller.
 */
const presenceSchema = z
  .object({
    user: z
      .object({
        name: z.string().max(80),
        color: z.string().regex(/^#[0-9a-fA-F]{3,8}$/),
      })
      .optional(),
    focusAreaId: z.string().max(64).nullable().optional(),
  })
  .loose();

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/**
 * Decodes an awareness update (y-protocols framing) and checks every state's shape. Returns
 * null when the bytes are not a well-formed update, so the caller can refuse it before it is
 * applied and relayed to anyone.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > 64) return null;
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (state !== null && !presenceSchema.safeParse(state).success) return null;
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) return null;
    return entries;
  } catch {
    return null;
  }
}

/** Encodes entries as an awareness update (y-protocols framing), e.g. after the server rewrote them. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
