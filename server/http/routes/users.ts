import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createUserBodySchema, type UserListResponse, type UserSummary } from '../../../shared/api/users';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import type { UserRecord } from '../../storage/Storage';
import { createUser } from '../../auth/createUser';
import type { AuthContext } from '../authContext';
import { requireUser } from '../guards';
import { sendError } from '../errors';

function presentUser(user: UserRecord): UserSummary {
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, createdAt: user.createdAt };
}

function requireAdmin(request: FastifyRequest, reply: FastifyReply): UserRecord | null {
  const user = requireUser(request, reply);
  if (user && !user.isAdmin) {
    void sendError(reply, 403, ApiErrorCode.Forbidden, 'Only administrators manage accounts');
    return null;
  }
  return user;
}

export function userRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get('/api/users', async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return { users: (await auth.storage.accounts.listUsers()).map(presentUser) } satisfies UserListResponse;
  });

  app.post('/api/users', async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    const body = createUserBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const created = await createUser(auth.storage.accounts, body.data);
    if (!created.ok) return sendError(reply, 400, ApiErrorCode.BadRequest, created.error);
    auth.audit.record(AuditAction.UserCreated, request.identity, null, { user: created.user.id, isAdmin: created.user.isAdmin });
    return reply.status(201).send({ user: presentUser(created.user) });
  });
}
