import { z } from 'zod';
import { docNameSchema } from './docName';

/** Validation of what arrives at the server's socket edge; binary is checked separately. */
export const joinRequestSchema = z.object({
  doc: docNameSchema,
  protocol: z.number().int(),
  watchOnly: z.boolean().optional(),
});

export const binarySchema = z.union([z.instanceof(Uint8Array), z.instanceof(ArrayBuffer)]);

export function toUint8Array(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
