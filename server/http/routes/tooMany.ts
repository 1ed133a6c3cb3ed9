import type { FastifyReply } from 'fastify';
import { ApiErrorCode } from '../../../shared/api/errors';
import { sendError } from '../errors';

export function tooMany(reply: FastifyReply, retryAfterSeconds: number): FastifyReply {
  void reply.header('retry-after', String(retryAfterSeconds));
  return sendError(reply, 429, ApiErrorCode.RateLimited, `Too many attempts; try again in ${retryAfterSeconds} seconds`);
}
