import { z } from 'zod';
import { docNameSchema } from './docName';

/** Validation of what arrives at the server's socket edge; binary is checked separately. */
export const joinRequestSchema = z.object({
  doc: docNameSchema,
  protocol: z.number().int(),
  watchOnly: z.boolean().optional(),
});

export const binarySchema = z.union([z.instanceof(Uint8Array), z.instanceof(ArrayBuffer)]);

export { toUint8Array } from './binary';
