import type { FastifyInstance, FastifyReply } from 'fastify';
import type { MeResponse } from '../../../shared/api/auth';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import {
  resetLinkStatusBodySchema,
  resetPasswordBodySchema,
  resetRequestBodySchema,
  type ResetLanguage,
  type ResetLinkResponse,
  type ResetLinkStatusResponse,
  type ResetOptionsResponse,
} from '../../../shared/api/passwordReset';
import { idSchema } from '../../../shared/protocol';
import { hashPassword } from '../../auth/passwords';
import { issueResetLink, RESET_LINK_VALID_MINUTES } from '../../auth/resetLink';
import { hashToken } from '../../auth/tokens';
import type { Mailer } from '../../mail/Mailer';
import { resetMessage } from '../../mail/resetMail';
import type { PasswordResetRecord } from '../../storage/Storage';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requireUser } from '../guards';
import { presentMe } from '../presenters/me';
import { logIn } from './auth';
import { tooMany } from './tooMany';

export interface PasswordResetDeps {
  mailer: Mailer | null;
  /** Where mailed links point: the configured public address, never the request's Host header. */
  publicBaseUrl: () => string;
}

const HOUR_SECONDS = 60 * 60;

/** Why a link does not work, or null when it does. */
function linkProblem(reset: PasswordResetRecord | null, now: number): 'invalid' | 'expired' | null {
  if (!reset || reset.usedAt !== null) return 'invalid';
  return reset.expiresAt <= now ? 'expired' : null;
}

function refuseLink(reply: FastifyReply, problem: 'invalid' | 'expired'): FastifyReply {
  return problem === 'expired'
    ? sendError(reply, 403, ApiErrorCode.ResetLinkExpired, 'This reset link has expired; ask for a new one')
    : sendError(reply, 403, ApiErrorCode.ResetLinkInvalid, 'This reset link is not valid (or was used already, or a newer one replaced it)');
}

/**
 * Password reset links: an administrator makes one for any account and hands it over; a person
 * asks for one by e-mail ("Glemt passordet?"); the link sets a new password once, ends every
 * other session of the account and logs the person in.
 */
export function passwordResetRoutes(app: FastifyInstance, auth: AuthContext, deps: PasswordResetDeps): void {
  const limits = {
    // Per e-mail, so no spray of addresses floods one inbox; per address, so no one address mails
    // every inbox. Unknown e-mails count the same, so a refusal says nothing about accounts.
    requestPerIp: auth.limits.windows.perAddress('reset-request-address', 20, HOUR_SECONDS),
    requestPerEmail: auth.limits.windows.perKey('reset-request-email', 3, HOUR_SECONDS),
    // Using a link costs a password hash; junk tokens are cheap, but the endpoint stays bounded.
    usePerIp: auth.limits.windows.perAddress('reset-use-address', 30, 10 * 60),
  };
  app.get('/api/password-reset', (_request, reply) => reply.send({ byEmail: deps.mailer !== null } satisfies ResetOptionsResponse));

  app.post<{ Params: { id: string } }>('/api/users/:id/password-reset', async (request, reply) => {
    const admin = requireUser(request, reply);
    if (!admin) return reply;
    if (!admin.isAdmin) return sendError(reply, 403, ApiErrorCode.Forbidden, 'Only administrators manage accounts');
    const id = idSchema.safeParse(request.params.id);
    const user = id.success ? await auth.storage.accounts.getUser(id.data) : null;
    if (!user) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such account');
    // The administrator's own browser shows the link: the address it used is the one to hand on.
    const link = await issueResetLink(auth.storage.accounts, user.id, `${request.protocol}://${request.host}`);
    auth.audit.record(AuditAction.PasswordResetLinkCreated, request.identity, null, { user: user.id, via: 'admin' });
    return reply.status(201).send(link satisfies ResetLinkResponse);
  });

  app.post('/api/password-reset/request', async (request, reply) => {
    const body = resetRequestBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const mailer = deps.mailer;
    if (!mailer) return sendError(reply, 409, ApiErrorCode.ResetByEmailOff, 'No e-mail is configured; an administrator makes reset links');
    const perIp = await limits.requestPerIp.take(request.ip);
    if (!perIp.ok) return tooMany(reply, perIp.retryAfterSeconds);
    const perEmail = await limits.requestPerEmail.take(body.data.email.toLowerCase());
    if (!perEmail.ok) return tooMany(reply, perEmail.retryAfterSeconds);
    // Answered before the account is even looked up: neither the answer nor its timing says
    // whether the address has an account.
    void mailResetLink(auth, mailer, deps.publicBaseUrl(), body.data.email, body.data.language).catch((error: unknown) =>
      request.log.error({ err: error }, 'sending a password reset link'),
    );
    return reply.status(202).send({});
  });

  app.post('/api/password-reset/status', async (request, reply) => {
    const body = resetLinkStatusBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, 'a token is required');
    const reset = await auth.storage.accounts.getPasswordReset(hashToken(body.data.token));
    const problem = linkProblem(reset, Date.now());
    const user = reset && !problem ? await auth.storage.accounts.getUser(reset.userId) : null;
    if (!reset || !user) return refuseLink(reply, problem ?? 'invalid');
    return { email: user.email, expiresAt: reset.expiresAt } satisfies ResetLinkStatusResponse;
  });

  app.post('/api/password-reset', async (request, reply) => {
    const body = resetPasswordBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const attempt = await limits.usePerIp.take(request.ip);
    if (!attempt.ok) return tooMany(reply, attempt.retryAfterSeconds);
    const tokenHash = hashToken(body.data.token);
    // A cheap look first, so only a live link costs a password hash; resetPassword decides.
    const problem = linkProblem(await auth.storage.accounts.getPasswordReset(tokenHash), Date.now());
    if (problem) return refuseLink(reply, problem);
    const result = await auth.storage.accounts.resetPassword(tokenHash, await hashPassword(body.data.password), Date.now());
    if (typeof result === 'string') return refuseLink(reply, result);
    // Whoever knew the old password is out, on every server, open sockets included.
    auth.changes.publish({ kind: 'sessions', tokenHashes: result.endedSessions });
    const identity = await logIn(auth, reply, result.userId);
    auth.audit.record(AuditAction.PasswordReset, identity, null, { user: result.userId, endedSessions: result.endedSessions.length });
    return { me: presentMe(identity), oidc: auth.oidcEnabled, needsSetup: false } satisfies MeResponse;
  });
}

async function mailResetLink(auth: AuthContext, mailer: Mailer, baseUrl: string, email: string, language: ResetLanguage): Promise<void> {
  const user = await auth.storage.accounts.getUserByEmail(email);
  if (!user) return;
  const link = await issueResetLink(auth.storage.accounts, user.id, baseUrl);
  auth.audit.record(AuditAction.PasswordResetLinkCreated, null, null, { user: user.id, via: 'email' });
  await mailer.send(resetMessage(user.email, link.url, RESET_LINK_VALID_MINUTES, language));
}
