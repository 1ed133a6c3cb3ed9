import type {
  Consultation,
  ConsultationBody,
  ConsultationListResponse,
  ConsultationResponse,
} from '../../shared/api/publicPage';
import { apiPath, badResponse, isRecord, request } from './request';

/** The plan's consultations (høring): windows in server time on a published version. */

function consultationOf(body: unknown): Consultation {
  if (!isRecord(body) || !isRecord(body.consultation)) throw badResponse('consultation');
  return (body as unknown as ConsultationResponse).consultation;
}

export async function fetchConsultations(
  planId: string,
  signal?: AbortSignal,
): Promise<ConsultationListResponse> {
  const body = await request(apiPath`/api/plans/${planId}/consultations`, { signal });
  if (!isRecord(body) || !Array.isArray(body.consultations) || typeof body.serverNow !== 'number')
    throw badResponse('consultations');
  return body as unknown as ConsultationListResponse;
}

export async function createConsultation(
  planId: string,
  body: ConsultationBody,
): Promise<Consultation> {
  return consultationOf(
    await request(apiPath`/api/plans/${planId}/consultations`, { method: 'POST', json: body }),
  );
}

export async function updateConsultation(
  planId: string,
  consultationId: string,
  body: ConsultationBody,
): Promise<Consultation> {
  return consultationOf(
    await request(apiPath`/api/plans/${planId}/consultations/${consultationId}`, {
      method: 'PATCH',
      json: body,
    }),
  );
}

/** Refused with 409 when input refers to the consultation. */
export async function removeConsultation(planId: string, consultationId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/consultations/${consultationId}`, {
    method: 'DELETE',
  });
}
