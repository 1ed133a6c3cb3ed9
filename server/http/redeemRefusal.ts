import type { FastifyReply } from 'fastify';
import { ApiErrorCode } from '../../shared/api/errors';
import type { RedeemOutcome } from '../storage/Storage';
import { sendError } from './errors';

/** Why an invitation (followed as a link, or behind a workshop join code) let nobody in. */
export type RedeemRefusal = Exclude<RedeemOutcome, 'ok'>;

/** What each refusal says, in the words of the way in that was tried. */
export type RefusalMessages = Readonly<Record<RedeemRefusal, string>>;

/** The messages for a way in called `thing` ("invitation link", "code"). */
export function refusalMessages(thing: string, unknown = `This ${thing} does not exist`): RefusalMessages {
  return {
    unknown,
    expired: `This ${thing} has expired`,
    revoked: `This ${thing} was withdrawn`,
    exhausted: `This ${thing} has been used as many times as allowed`,
  };
}

const ANSWERS: Readonly<Record<RedeemRefusal, readonly [status: number, code: ApiErrorCode]>> = {
  unknown: [404, ApiErrorCode.InviteUnknown],
  expired: [410, ApiErrorCode.InviteExpired],
  revoked: [410, ApiErrorCode.InviteRevoked],
  exhausted: [410, ApiErrorCode.InviteExhausted],
};

/** The same status and error code for every way in, so the client explains a refusal one way. */
export function redeemRefusal(reply: FastifyReply, refusal: RedeemRefusal, messages: RefusalMessages): FastifyReply {
  const [status, code] = ANSWERS[refusal];
  return sendError(reply, status, code, messages[refusal]);
}
