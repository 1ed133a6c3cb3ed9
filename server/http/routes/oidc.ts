import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import type { OidcConfig } from '../../config';
import { OidcClient } from '../../auth/oidc/OidcClient';
import { openidClient } from '../../auth/oidc/openidClient';
import { PendingLogins } from '../../auth/oidc/PendingLogins';
import { findOidcAccount } from '../../auth/oidc/oidcAccount';
import { safeReturnTo } from '../../auth/oidc/returnTo';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { cookieFlags } from '../identityHooks';
import { logIn } from './auth';

/** Holds the key of a pending login between `/start` and `/callback`; nothing else. */
export const OIDC_COOKIE = 'medverk_oidc';
const OIDC_PATH = '/api/auth/oidc';
/** Where the client app shows "login with the IdP failed". */
const FAILED = '/login?error=oidc-failed';

/**
 * OpenID Connect login (authorization code + PKCE). Both routes are GETs reached by top-level
 * navigation, so the origin check on state-changing calls does not apply; the one-time `state`
 * bound to this browser's cookie is what stops a forged callback (login CSRF).
 */
export function oidcRoutes(app: FastifyInstance, auth: AuthContext, settings: OidcConfig | null): void {
  const oidc = settings ? { settings, client: new OidcClient(settings), pending: new PendingLogins(auth.storage.pendingLogins) } : null;

  const notConfigured = (reply: FastifyReply) =>
    sendError(reply, 404, ApiErrorCode.OidcFailed, 'OpenID Connect login is not configured');

  /** Every failure looks the same to the browser; the reason goes to the audit log and the log. */
  const fail = (request: FastifyRequest, reply: FastifyReply, reason: string, detail: Record<string, unknown> = {}) => {
    auth.audit.record(AuditAction.LoginFailed, null, null, { method: 'oidc', reason, ip: request.ip, ...detail });
    request.log.warn({ reason, ...detail }, 'OpenID Connect login failed');
    return reply.header('cache-control', 'no-store').redirect(FAILED, 302);
  };

  app.get<{ Querystring: { returnTo?: unknown } }>(`${OIDC_PATH}/start`, async (request, reply) => {
    if (!oidc) return notConfigured(reply);
    const returnTo = safeReturnTo(request.query.returnTo);
    // request.protocol and request.host follow X-Forwarded-* only with TRUST_PROXY; behind a
    // proxy without it, set OIDC_REDIRECT_URI.
    const redirectUri = oidc.settings.redirectUri ?? `${request.protocol}://${request.host}${OIDC_PATH}/callback`;
    let started;
    try {
      started = await oidc.client.begin(redirectUri, returnTo);
    } catch (error) {
      return fail(request, reply, 'provider-unavailable', { error: await describe(error) });
    }
    void reply.setCookie(OIDC_COOKIE, await oidc.pending.add(started.login), {
      httpOnly: true,
      // Lax: sent on the IdP's top-level redirect back to us, not on cross-site subrequests.
      sameSite: 'lax',
      path: OIDC_PATH,
      secure: request.protocol === 'https',
      maxAge: Math.floor(oidc.pending.ttlMs / 1000),
    });
    return reply.header('cache-control', 'no-store').redirect(started.url.href, 302);
  });

  app.get(`${OIDC_PATH}/callback`, async (request, reply) => {
    if (!oidc) return notConfigured(reply);
    void reply.clearCookie(OIDC_COOKIE, { ...cookieFlags(request), path: OIDC_PATH });
    const login = await oidc.pending.take(request.cookies[OIDC_COOKIE]);
    if (!login) return fail(request, reply, 'no-pending-login');

    let person;
    try {
      person = await oidc.client.finish(queryOf(request.url), login);
    } catch (error) {
      // Loaded by now (finish loads it), so this waits for nothing.
      const library = await openidClient().catch(() => null);
      if (library && error instanceof library.AuthorizationResponseError) {
        return fail(request, reply, 'provider-refused', { error: error.error, description: error.error_description });
      }
      return fail(request, reply, 'invalid-response', { error: await describe(error) });
    }

    const who = { issuer: person.issuer, subject: person.subject, email: person.email };
    try {
      const outcome = await findOidcAccount(auth.storage.accounts, person, { autoProvision: oidc.settings.autoProvision });
      if (!outcome.ok) return fail(request, reply, outcome.reason, who);
      const identity = await logIn(auth, reply, outcome.user.id);
      auth.audit.record(AuditAction.Login, identity, null, {
        method: 'oidc',
        ...(outcome.how === 'created' ? { provisioned: true } : {}),
        ...(outcome.how === 'linked-now' ? { linked: true } : {}),
      });
      return reply.header('cache-control', 'no-store').redirect(login.returnTo, 302);
    } catch (error) {
      // A storage failure here must still end on the login page, not as JSON in the address bar.
      request.log.error({ err: error }, 'OpenID Connect login: storing the account failed');
      return fail(request, reply, 'internal', who);
    }
  });
}

function queryOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at);
}

/**
 * A short, secret-free reason. openid-client wraps the failed check ("unexpected state") in a
 * generic message, so the causes are spelled out too. (Async: the library's error classes load
 * with it, on the first login; a failure to load it is described without them.)
 */
async function describe(error: unknown): Promise<string> {
  const library = await openidClient().catch(() => null);
  const parts: string[] = [];
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 3; cause = cause.cause, depth++) {
    parts.push(cause.message);
  }
  if (parts.length === 0) parts.push(String(error));
  // The endpoint's own error code, e.g. invalid_client for a wrong OIDC_CLIENT_SECRET.
  if (library && error instanceof library.ResponseBodyError) parts.push(error.error);
  if (library && error instanceof library.WWWAuthenticateChallengeError) {
    parts.push(`${error.status}`, ...error.cause.flatMap((challenge) => challenge.parameters.error ?? []));
  }
  return parts.join(': ').slice(0, 300);
}
