import { z } from 'zod';
import type { MeResponse } from './auth';
import type { AssociationSummary } from './associations';
import type { InviteStatus } from './invites';

export {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_BITS,
  JOIN_CODE_BYTES,
  JOIN_CODE_LENGTH,
  formatJoinCode,
  joinCodeFromBytes,
  normalizeJoinCode,
} from './joinCodeFormat';

/** How long a code may work: a session, a day, a week. */
export const JOIN_CODE_MAX_HOURS = 24 * 7;

export const createJoinCodeBodySchema = z.strictObject({
  expiresInHours: z.number().int().min(1).max(JOIN_CODE_MAX_HOURS),
});
export type CreateJoinCodeBody = z.infer<typeof createJoinCodeBodySchema>;

/**
 * A workshop's join code as those who run it see it: at creation, and from
 * `GET /api/workshops/:id/join-code` for co-facilitators and the projector view (the
 * newest code of the workshop while it works; making another replaces it).
 */
export const joinCodeResponseSchema = z.object({
  /** Four symbols, a dash, four more: `4K7R-9QXM`. */
  code: z.string(),
  /** `<origin>/join/<code>`: the link and the QR code lead to the same join form as the code. */
  url: z.string(),
  expiresAt: z.number(),
  workshopId: z.string(),
  /** The participant invitation behind the code (revoking it on the People page ends the code). */
  inviteId: z.string(),
});
export type JoinCodeResponse = z.infer<typeof joinCodeResponseSchema>;
/** What `POST /api/workshops/:id/join-codes` answers. */
export type CreateJoinCodeResponse = JoinCodeResponse;

/** What `/join/<code>` may show before anyone joins. */
export interface JoinCodeInfoResponse {
  status: InviteStatus;
  planId: string;
  planTitle: string | null;
  workshopId: string;
  workshopTitle: string;
  /** The plan's association list, to pick from in the join form. */
  associations: AssociationSummary[];
  /** The caller already takes part in the plan's workshops: no need to join again. */
  alreadyIn: boolean;
}

export type JoinCodeRedeemResponse = MeResponse & { workshopId: string };
