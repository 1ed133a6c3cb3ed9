import type { Consultation } from '../../shared/api/publicPage';
import { isOpenAt } from '../../shared/inputs/inputWindow';

export type ConsultationPhase = 'upcoming' | 'open' | 'closed';

/** Where a consultation stands at the server's clock (the same rule the server applies). */
export function consultationPhase(
  consultation: Consultation,
  serverNow: number,
): ConsultationPhase {
  if (isOpenAt(consultation, serverNow)) return 'open';
  return serverNow < consultation.opensAt ? 'upcoming' : 'closed';
}
