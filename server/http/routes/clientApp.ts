import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiErrorCode } from '../../../shared/api/errors';
import { sendError } from '../errors';

/**
 * Serves the built client and answers every other page path with index.html, so the client's
 * router can take deep links like /plans/abc. API paths that match nothing stay JSON 404s.
 */
export async function clientAppRoutes(app: FastifyInstance, deps: { clientDir: string }): Promise<void> {
  const hasClient = existsSync(join(deps.clientDir, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, { root: deps.clientDir, index: ['index.html'], wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/socket.io');
    if (isPage && hasClient) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    if (isPage) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The client is not built. Run `npm start` (or `npm run build`) first.');
    }
    return sendError(reply, 404, ApiErrorCode.NotFound, `No route ${request.method} ${request.url.split('?')[0]}`);
  });
}
