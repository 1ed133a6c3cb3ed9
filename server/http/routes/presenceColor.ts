import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  PRESENCE_COLOR_PATH,
  presenceColorBodySchema,
  type PresenceColorResponse,
} from '../../../shared/api/presence';
import { ApiErrorCode } from '../../../shared/api/errors';
import { effectivePresenceColor, isPresenceColor } from '../../../shared/presence/palette';
import { principalOf, type Identity } from '../../auth/identity';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';

type Person = Exclude<Identity, { kind: 'anonymous' }>;

function requirePerson(request: FastifyRequest, reply: FastifyReply): Person | null {
  if (request.identity.kind !== 'anonymous') return request.identity;
  void sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in or use an invitation link first');
  return null;
}

function present(person: Person, chosen: string | null | undefined): PresenceColorResponse {
  return {
    chosen: isPresenceColor(chosen) ? chosen : null,
    color: effectivePresenceColor(chosen, principalOf(person) ?? ''),
  };
}

function storedColor(person: Person): string | null | undefined {
  return person.kind === 'user' ? person.user.presenceColor : person.guest.presenceColor;
}

/** A staff member's or guest's own presence colour: read it, choose it (live on their open connections). */
export function presenceColorRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get(PRESENCE_COLOR_PATH, async (request, reply) => {
    const person = requirePerson(request, reply);
    if (!person) return reply;
    return present(person, storedColor(person));
  });

  app.put(PRESENCE_COLOR_PATH, async (request, reply) => {
    const person = requirePerson(request, reply);
    if (!person) return reply;
    const body = presenceColorBodySchema.safeParse(request.body);
    if (!body.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'color must be one of the palette colours, or null');
    }
    const { color } = body.data;
    if (person.kind === 'user') await auth.storage.accounts.setPresenceColor(person.user.id, color);
    else await auth.storage.invites.setGuestPresenceColor(person.guest.id, color);
    // Every open connection of this person, on every server, shows it from now on.
    auth.changes.publish({ kind: 'presence', principal: principalOf(person) ?? '', color });
    return present(person, color);
  });
}
