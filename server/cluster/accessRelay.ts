import { z } from 'zod';
import type { AccessChange } from '../auth/AccessChanges';

/** An access change as another server published it; checked, since anything can be on a channel. */
const accessMessageSchema = z.object({
  node: z.string(),
  change: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('plan'), planId: z.string() }),
    z.object({ kind: z.literal('sessions'), tokenHashes: z.array(z.string()) }),
    z.object({ kind: z.literal('presence'), principal: z.string(), color: z.string().nullable() }),
  ]),
});

export function encodeAccessMessage(node: string, change: AccessChange): string {
  return JSON.stringify({ node, change });
}

/** The change, or null when the message is malformed or this server's own. */
export function decodeAccessMessage(ownNode: string, raw: string): AccessChange | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = accessMessageSchema.safeParse(json);
  if (!parsed.success || parsed.data.node === ownNode) return null;
  return parsed.data.change;
}
