import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { ApiErrorCode, type ApiError } from '../../shared/api/errors';

export function sendError(reply: FastifyReply, status: number, code: ApiErrorCode, message: string): FastifyReply {
  const body: ApiError = { error: { code, message } };
  return reply.status(status).send(body);
}

/** Every failure leaves as `{ error: { code, message } }`; never a stack trace. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (status === 503 && typeof retryAfter === 'number') {
      // Busy, not broken (too many exports waiting, server/export/renderPool.ts): say when to come back.
      reply.header('retry-after', String(retryAfter));
      return sendError(reply, 503, ApiErrorCode.Busy, error.message);
    }
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, ApiErrorCode.Internal, 'Internal server error');
    }
    const code = status === 413 ? ApiErrorCode.PayloadTooLarge : status === 404 ? ApiErrorCode.NotFound : ApiErrorCode.BadRequest;
    return sendError(reply, status, code, error.message);
  });
}
