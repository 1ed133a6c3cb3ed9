import { PRESENCE_COLOR_PATH, type PresenceColorResponse } from '../../shared/api/presencePath';
import { isPresenceColor, type PresenceColor } from '../../shared/presence/palette';
import { badResponse, isRecord, request } from '../http/request';

function parse(body: unknown): PresenceColorResponse {
  if (!isRecord(body) || !isPresenceColor(body.color) || !(body.chosen === null || isPresenceColor(body.chosen))) {
    throw badResponse('presence colour');
  }
  return { color: body.color, chosen: body.chosen };
}

/** The colour others see this person in (their choice, or one derived from their id). */
export async function fetchPresenceColor(signal?: AbortSignal): Promise<PresenceColorResponse> {
  return parse(await request(PRESENCE_COLOR_PATH, { signal }));
}

/** Saves the choice; the server shows it on every open connection of this person at once. */
export async function savePresenceColor(color: PresenceColor | null): Promise<PresenceColorResponse> {
  return parse(await request(PRESENCE_COLOR_PATH, { method: 'PUT', json: { color } }));
}
