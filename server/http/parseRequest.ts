import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ApiErrorCode } from '../../shared/api/errors';
import { sendError } from './errors';

/** The parsed body, query or form fields, or null with a 400 (zod's messages, by path) already sent. */
export function parseOr400<T>(schema: z.ZodType<T>, input: unknown, reply: FastifyReply): T | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  void sendError(
    reply,
    400,
    ApiErrorCode.BadRequest,
    result.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; '),
  );
  return null;
}
