import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loginBodySchema, setupBodySchema, type MeResponse } from '../../../shared/api/auth';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { newId } from '../../../shared/plan/items';
import { dummyHash, hashPassword, verifyPassword } from '../../auth/passwords';
import { hashToken } from '../../auth/tokens';
import { SESSION_COOKIE } from '../../auth/sessions';
import type { Identity } from '../../auth/identity';
import type { AuthContext } from '../authContext';
import { clearSessionCookie, setSessionCookie } from '../identityHooks';
import { sendError } from '../errors';
import { presentMe } from '../presenters/me';
import { tooMany } from './tooMany';
import { knownDeviceCookie, setKnownDeviceCookie } from '../../limits/knownDeviceCookie';

async function meResponse(auth: AuthContext, identity: Identity): Promise<MeResponse> {
  return {
    me: presentMe(identity),
    oidc: auth.oidcEnabled,
    needsSetup: (await auth.storage.accounts.countUsers()) === 0,
  };
}

/** Starts a staff session, answering as `/api/auth/me` does. */
export async function logIn(auth: AuthContext, reply: FastifyReply, userId: string): Promise<Identity> {
  const { token, record } = await auth.sessions.start({ userId });
  setSessionCookie(reply, token, auth.sessions.ttlMs);
  const user = await auth.storage.accounts.getUser(userId);
  if (!user) throw new Error('user vanished during login');
  return { kind: 'user', user, sessionHash: record.tokenHash };
}

export function authRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get('/api/auth/me', async (request) => meResponse(auth, request.identity));

  app.post('/api/auth/login', async (request, reply) => {
    const body = loginBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, 'email and password are required');
    const user = await auth.storage.accounts.getUserByEmail(body.data.email);
    // Unknown accounts go through the same limits: the answer says nothing about who has one.
    const deviceId = user ? await auth.limits.knownDevices.deviceFor(knownDeviceCookie(request), user.id) : null;
    const attempt = { email: body.data.email, ip: request.ip, deviceId };
    const allowed = await auth.limits.login.check(attempt);
    if (!allowed.ok) return tooMany(reply, allowed.retryAfterSeconds);
    // Verify against a dummy hash for unknown accounts so the answer's timing reveals nothing.
    const valid = await verifyPassword(body.data.password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !user.passwordHash || !valid) {
      await auth.limits.login.failed(attempt);
      auth.audit.record(AuditAction.LoginFailed, null, null, { email: body.data.email, ip: request.ip });
      return sendError(reply, 401, ApiErrorCode.InvalidCredentials, 'Wrong e-mail or password');
    }
    await auth.limits.login.succeeded(attempt);
    // From now on this browser is a known device for the account: failures elsewhere never block it.
    setKnownDeviceCookie(reply, await auth.limits.knownDevices.cookieFor(user.id, deviceId));
    const identity = await logIn(auth, reply, user.id);
    auth.audit.record(AuditAction.Login, identity, null, { method: 'password' });
    return meResponse(auth, identity);
  });

  app.post('/api/auth/logout', async (request: FastifyRequest, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      await auth.sessions.end(token);
      auth.changes.publish({ kind: 'sessions', tokenHashes: [hashToken(token)] });
      auth.audit.record(AuditAction.Logout, request.identity, null);
    }
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.post('/api/setup', async (request, reply) => {
    const body = setupBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const attempt = await auth.limits.setup.take(request.ip);
    if (!attempt.ok) return tooMany(reply, attempt.retryAfterSeconds);
    const refused = (message: string) => sendError(reply, 403, ApiErrorCode.InvalidSetupToken, message);
    const adminExists = 'An administrator exists already; log in instead';
    // A cheap check before hashing the password; the decisive one is inside createFirstAdmin.
    if ((await auth.storage.accounts.countUsers()) > 0) return refused(adminExists);
    const now = Date.now();
    const user = {
      id: newId(),
      email: body.data.email,
      name: body.data.name,
      passwordHash: await hashPassword(body.data.password),
      isAdmin: true,
      createdAt: now,
    };
    // Using the token and creating the administrator are one step: two requests at once create one.
    const result = await auth.storage.accounts.createFirstAdmin(hashToken(body.data.token), user, now);
    if (result === 'exists') return refused(adminExists);
    if (result === 'expired') return refused('This setup link has expired; restart the server (or run `npm run admin -- setup-link`) for a new one');
    if (result === 'invalid') return refused('This setup link is not valid (or was used already)');
    const userId = user.id;
    // The first administrator owns the plans that exist already (the demo plan).
    for (const plan of await auth.storage.plans.listPlans()) await auth.storage.members.setRole(plan.id, userId, 'owner');
    const identity = await logIn(auth, reply, userId);
    auth.audit.record(AuditAction.SetupCompleted, identity, null);
    return reply.status(201).send(await meResponse(auth, identity));
  });
}
