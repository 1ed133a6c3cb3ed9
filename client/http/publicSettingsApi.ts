import type { PublicSettingsResponse, UpdatePublicSettingsBody } from '../../shared/api/publicPage';
import { apiPath, badResponse, isRecord, request } from './request';

/*
 * The owner's settings for the plan's public page. Answers are checked at their outer shape (as
 * in the other APIs here, without zod); the server builds them from the shared types.
 */

function settingsOf(body: unknown): PublicSettingsResponse {
  if (
    !isRecord(body) ||
    !isRecord(body.settings) ||
    typeof body.publicUrl !== 'string' ||
    typeof body.receiptsByEmail !== 'boolean'
  )
    throw badResponse('public settings');
  return body as unknown as PublicSettingsResponse;
}

export async function fetchPublicSettings(
  planId: string,
  signal?: AbortSignal,
): Promise<PublicSettingsResponse> {
  return settingsOf(await request(apiPath`/api/plans/${planId}/public`, { signal }));
}

/** Sends only what changes; the answer holds every setting as the server now has it. */
export async function updatePublicSettings(
  planId: string,
  body: UpdatePublicSettingsBody,
): Promise<PublicSettingsResponse> {
  return settingsOf(
    await request(apiPath`/api/plans/${planId}/public`, { method: 'PATCH', json: body }),
  );
}
