import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { ApiErrorCode } from '../../shared/api/errors';
import { ANONYMOUS, type Identity } from '../auth/identity';
import { SESSION_COOKIE } from '../auth/sessions';
import { isSameOrigin } from '../auth/originCheck';
import type { AuthContext } from './authContext';
import { sendError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie parsing, the origin check on every state-changing request, and the caller's identity on API routes. */
export async function installIdentity(app: FastifyInstance, auth: AuthContext): Promise<void> {
  await app.register(fastifyCookie);
  // Fastify refuses object defaults (they would be shared by every request): keep it per request.
  const slot = Symbol('identity');
  type Holder = { [slot]?: Identity };
  app.decorateRequest('identity', {
    getter(): Identity {
      return (this as unknown as Holder)[slot] ?? ANONYMOUS;
    },
    setter(value: Identity) {
      (this as unknown as Holder)[slot] = value;
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    // Every state-changing request, whatever its path: a check on the path would be dodged by
    // another spelling of it (`/%61pi/…`, `//api/…`, an absolute-form `http://host/api/…`) that the
    // router still takes to the route. The only exceptions are the safe methods (the OIDC callback
    // is a GET); Socket.IO's websocket upgrades never reach Fastify (socketEdge's allowRequest checks them).
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers.origin, request.headers.host, auth.trustedOrigins)) {
      return sendError(reply, 403, ApiErrorCode.BadOrigin, 'Cross-site request refused: the Origin header must be this site');
    }
    // The route the router matched, not the raw URL: an API route is identified however it was spelled.
    if (request.routeOptions.url?.startsWith('/api/')) {
      request.identity = await auth.sessions.identify(request.cookies[SESSION_COOKIE]);
    }
  });
}

/**
 * What every cookie of ours carries: no script reads it, no other site's subrequest sends it, and
 * it is https-only when the request came over TLS (`protocol` believes X-Forwarded-Proto only
 * from a trusted proxy). Also on a cookie being cleared, so the deletion matches the cookie.
 */
export function cookieFlags(request: FastifyRequest): { httpOnly: true; sameSite: 'lax'; secure: boolean } {
  return { httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' };
}

export function setSessionCookie(reply: FastifyReply, token: string, maxAgeMs: number): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    ...cookieFlags(reply.request),
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { ...cookieFlags(reply.request), path: '/' });
}
