import { PROCESS_STEPS, type ProcessStep, type ProcessStepEntry } from '../api/versions';

/**
 * The calendar day in Norway at `now` (YYYY-MM-DD): step dates are Norwegian meeting days, so
 * «today» is Oslo's, whatever the server's time zone.
 */
export function osloDate(now: number): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(now));
}

/**
 * Where the plan is in its process: the step with the latest date on or before `today`; on
 * equal dates the later step in the process. Null before the first dated step.
 */
export function currentStep(steps: readonly ProcessStepEntry[], today: string): ProcessStep | null {
  let current: { step: ProcessStep; date: string } | null = null;
  for (const { step, date } of steps) {
    if (date === null || date > today) continue;
    const later =
      !current ||
      date > current.date ||
      (date === current.date && PROCESS_STEPS.indexOf(step) > PROCESS_STEPS.indexOf(current.step));
    if (later) current = { step, date };
  }
  return current?.step ?? null;
}
