import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { redeemInviteBodySchema } from '../../../shared/api/invites';
import {
  createJoinCodeBodySchema,
  JOIN_CODE_BYTES,
  joinCodeFromBytes,
  normalizeJoinCode,
  type CreateJoinCodeResponse,
  type JoinCodeInfoResponse,
  type JoinCodeRedeemResponse,
  type JoinCodeResponse,
} from '../../../shared/api/joinCodes';
import { InputLimits } from '../../../shared/api/limits';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { can, Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { idSchema } from '../../../shared/protocol';
import type { Identity } from '../../auth/identity';
import { inviteProblem } from '../../auth/inviteRules';
import { JOIN_CODE_SEAL_SECRET, JoinCodeSeal } from '../../auth/joinCodeSeal';
import { roleIn } from '../../auth/planRoles';
import { hashToken } from '../../auth/tokens';
import type { InviteRecord, JoinCodeRecord, WorkshopRecord } from '../../storage/Storage';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { enterThroughInvite } from '../enterThroughInvite';
import { redeemRefusal, refusalMessages, type RedeemRefusal } from '../redeemRefusal';
import { presentMe } from '../presenters/me';
import { inviteStatus } from '../presenters/invite';
import { presentAssociations } from './associations';
import { tooMany } from './tooMany';

const REFUSALS = refusalMessages('code', 'There is no workshop with this code');

function refuse(reply: FastifyReply, refusal: RedeemRefusal): FastifyReply {
  return redeemRefusal(reply, refusal, REFUSALS);
}

/** Tries before giving up on drawing an unused code (a clash is already rare: 2^40 codes). */
const DRAWS = 8;

interface Found {
  code: JoinCodeRecord;
  invite: InviteRecord;
  workshop: WorkshopRecord;
}

/** Where a code's link leads: the join form on the address the caller used. */
function joinUrl(request: FastifyRequest, code: string): string {
  return `${request.protocol}://${request.host}/join/${code}`;
}

/** Already takes part in this plan's workshops: joining again would only make a second guest. */
async function alreadyIn(auth: AuthContext, identity: Identity, planId: string): Promise<boolean> {
  return can(await roleIn(identity, planId, auth.storage), Permission.JoinWorkshops);
}

/**
 * Workshop join codes: the facilitator makes one for a workshop (a participant invite of its plan
 * behind it), a participant types it at `/join` and continues into the same join form as a link.
 */
export function joinCodeRoutes(app: FastifyInstance, auth: AuthContext): void {
  const limits = auth.limits.joinCodes;
  const seal = new JoinCodeSeal(() => auth.storage.publicPages.secret(JOIN_CODE_SEAL_SECRET));

  /** The workshop when the caller may run it; otherwise the 401/403/404 already sent. */
  async function runnable(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    refusal: string,
  ): Promise<{ identity: Exclude<Identity, { kind: 'anonymous' }>; workshop: WorkshopRecord } | null> {
    const identity = request.identity;
    if (identity.kind === 'anonymous') {
      void sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in first');
      return null;
    }
    const id = idSchema.safeParse(request.params.id);
    const workshop = id.success ? await auth.storage.workshops.getWorkshop(id.data) : null;
    const role = workshop ? await roleIn(identity, workshop.planId, auth.storage) : null;
    if (!workshop || !role) {
      void sendError(reply, 404, ApiErrorCode.NotFound, 'No such workshop');
      return null;
    }
    if (!can(role, Permission.RunWorkshops)) {
      void sendError(reply, 403, ApiErrorCode.Forbidden, refusal);
      return null;
    }
    return { identity, workshop };
  }

  /**
   * The code's workshop, or the refusal already sent. Looking a code up (or redeeming one) is how
   * a code would be guessed: the limits answer before the lookup, and a miss costs (see JoinCodeLimits).
   */
  async function lookUp(request: FastifyRequest<{ Params: { code: string } }>, reply: FastifyReply): Promise<Found | null> {
    const attempt = await limits.before(request.ip);
    if (!attempt.ok) {
      void tooMany(reply, attempt.retryAfterSeconds);
      return null;
    }
    const symbols = normalizeJoinCode(request.params.code);
    // Not even the shape of a code: no guess, nothing to count.
    const found = symbols ? await find(symbols) : null;
    if (symbols && !found) await limits.missed(request.ip);
    if (!found) void refuse(reply, 'unknown');
    return found;
  }

  async function find(symbols: string): Promise<Found | null> {
    const code = await auth.storage.joinCodes.getJoinCode(hashToken(symbols));
    if (!code) return null;
    const [invite, workshop] = await Promise.all([
      auth.storage.invites.getInvite(code.inviteId),
      auth.storage.workshops.getWorkshop(code.workshopId),
    ]);
    return invite && workshop ? { code, invite, workshop } : null;
  }

  app.post<{ Params: { id: string } }>('/api/workshops/:id/join-codes', async (request, reply) => {
    const allowed = await runnable(request, reply, 'Only those who run workshops may make a join code');
    if (!allowed) return reply;
    const { identity, workshop } = allowed;
    const body = createJoinCodeBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const now = Date.now();
    const expiresAt = now + body.data.expiresInHours * 3_600_000;
    const title = workshop.title;
    const invite: InviteRecord = {
      id: newId(),
      planId: workshop.planId,
      // The invite's own token is never handed out: the code is the way in.
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      role: 'participant',
      label: `«${title}» (kode)`.slice(0, InputLimits.inviteLabelMax),
      createdBy: identity.kind === 'user' ? identity.user.id : null,
      createdAt: now,
      expiresAt,
      maxUses: null,
      uses: 0,
      revokedAt: null,
    };
    await auth.storage.invites.createInvite(invite);
    for (let draw = 0; draw < DRAWS; draw++) {
      const code = joinCodeFromBytes(randomBytes(JOIN_CODE_BYTES));
      // Kept sealed beside its hash, so everyone who runs the workshop sees this code (it replaces
      // the one shown before).
      const stored = await auth.storage.joinCodes.createJoinCode(
        {
          codeHash: hashToken(code.replace('-', '')),
          inviteId: invite.id,
          workshopId: workshop.id,
          createdAt: now,
          expiresAt,
        },
        await seal.seal(workshop.id, code),
      );
      if (!stored) continue;
      auth.audit.record(AuditAction.JoinCodeCreated, identity, workshop.planId, { invite: invite.id, workshop: workshop.id, title });
      const response: CreateJoinCodeResponse = {
        code,
        url: joinUrl(request, code),
        expiresAt,
        workshopId: workshop.id,
        inviteId: invite.id,
      };
      return reply.status(201).send(response);
    }
    await auth.storage.invites.revokeInvite(invite.id, now);
    return sendError(reply, 500, ApiErrorCode.Internal, 'Could not find a free code; try again');
  });

  // The workshop's shown code, for co-facilitators and the projector view: while it works.
  app.get<{ Params: { id: string } }>('/api/workshops/:id/join-code', async (request, reply) => {
    const allowed = await runnable(request, reply, 'Only those who run workshops may see its join code');
    if (!allowed) return reply;
    const { workshop } = allowed;
    const none = () => sendError(reply, 404, ApiErrorCode.NotFound, 'This workshop has no join code in use');
    const shown = await auth.storage.joinCodes.shownJoinCode(workshop.id);
    const now = Date.now();
    if (!shown || shown.code.expiresAt <= now) return none();
    // Withdrawn on the People page (or expired with it): the code no longer lets anyone in.
    const invite = await auth.storage.invites.getInvite(shown.code.inviteId);
    if (!invite || inviteProblem(invite, now)) return none();
    const code = await seal.open(workshop.id, shown.sealed);
    if (!code) return none();
    return {
      code,
      url: joinUrl(request, code),
      expiresAt: shown.code.expiresAt,
      workshopId: workshop.id,
      inviteId: invite.id,
    } satisfies JoinCodeResponse;
  });

  app.get<{ Params: { code: string } }>('/api/join-codes/:code', async (request, reply) => {
    const found = await lookUp(request, reply);
    if (!found) return reply;
    const { invite, workshop } = found;
    const now = Date.now();
    const [plan, associations, inAlready] = await Promise.all([
      auth.storage.plans.getPlan(workshop.planId),
      auth.storage.associations.listAssociations(workshop.planId),
      alreadyIn(auth, request.identity, workshop.planId),
    ]);
    return {
      status: inviteStatus(invite, now),
      planId: workshop.planId,
      planTitle: plan?.title ?? null,
      workshopId: workshop.id,
      workshopTitle: workshop.title,
      associations: presentAssociations(associations),
      alreadyIn: inAlready,
    } satisfies JoinCodeInfoResponse;
  });

  app.post<{ Params: { code: string } }>('/api/join-codes/:code/redeem', async (request, reply) => {
    const body = redeemInviteBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const found = await lookUp(request, reply);
    if (!found) return reply;
    const { invite, workshop } = found;
    const perInvite = await auth.limits.redeemPerInvite.take(invite.id);
    if (!perInvite.ok) return tooMany(reply, perInvite.retryAfterSeconds);
    const now = Date.now();
    const identity = request.identity;
    const answer = (who: Identity): JoinCodeRedeemResponse => ({
      me: presentMe(who),
      oidc: auth.oidcEnabled,
      needsSetup: false,
      workshopId: workshop.id,
    });
    if (await alreadyIn(auth, identity, invite.planId)) {
      const problem = inviteProblem(invite, now);
      return problem ? refuse(reply, problem) : answer(identity);
    }
    const entered = await enterThroughInvite(auth, reply, identity, invite, body.data, now);
    return typeof entered === 'string' ? refuse(reply, entered) : answer(entered);
  });
}
