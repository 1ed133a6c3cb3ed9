import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { MedverkMetrics } from './MedverkMetrics';

/**
 * `GET /metrics` for Prometheus, behind a bearer token. Off (null metrics): a plain 404, so the
 * client app's fallback never answers for it. One listener and a token rather than a second,
 * internal listener: nothing more to bind, and it works the same behind a proxy.
 */
export function metricsRoute(app: FastifyInstance, metrics: MedverkMetrics | null, token: string | null): void {
  app.get('/metrics', async (request, reply) => {
    if (!metrics || !token) return reply.code(404).type('text/plain').send('Not Found');
    if (!bearerMatches(request.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').type('text/plain').send('Unauthorized');
    }
    return reply.type(metrics.contentType).header('cache-control', 'no-store').send(await metrics.text());
  });
}

/** Constant time: both sides are hashed to one length first, so neither length nor content leaks. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && match !== null;
}
