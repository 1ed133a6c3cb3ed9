import { PublicLimits, type ConsultationBody } from '../../shared/api/publicPage';
import { fromLocalInput } from './localDateTime';

/** A consultation as its form holds it: times as the `datetime-local` fields' values. */
export interface ConsultationValues {
  title: string;
  versionId: string;
  opensAt: string;
  closesAt: string;
}

export type ConsultationProblem =
  | { field: 'title'; problem: 'required' | 'long' }
  | { field: 'versionId'; problem: 'required' }
  | { field: 'opensAt'; problem: 'required' }
  | { field: 'closesAt'; problem: 'required' | 'beforeOpening' };

/** The body to send, or every problem by field (times read in the browser's time zone). */
export function consultationBody(
  values: ConsultationValues,
): { ok: true; body: ConsultationBody } | { ok: false; problems: ConsultationProblem[] } {
  const problems: ConsultationProblem[] = [];
  const title = values.title.trim();
  if (title === '') problems.push({ field: 'title', problem: 'required' });
  else if (title.length > PublicLimits.consultationTitleMax)
    problems.push({ field: 'title', problem: 'long' });
  if (values.versionId === '') problems.push({ field: 'versionId', problem: 'required' });
  const opensAt = fromLocalInput(values.opensAt);
  const closesAt = fromLocalInput(values.closesAt);
  if (opensAt === null) problems.push({ field: 'opensAt', problem: 'required' });
  if (closesAt === null) problems.push({ field: 'closesAt', problem: 'required' });
  else if (opensAt !== null && closesAt <= opensAt)
    problems.push({ field: 'closesAt', problem: 'beforeOpening' });
  if (problems.length > 0 || opensAt === null || closesAt === null) return { ok: false, problems };
  return { ok: true, body: { title, versionId: values.versionId, opensAt, closesAt } };
}
