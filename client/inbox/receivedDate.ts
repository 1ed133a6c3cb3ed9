/**
 * The day a letter or e-mail arrived, as the date field holds it (`YYYY-MM-DD`, the reader's own
 * calendar), in ms since the epoch. Today means now, so it sorts among today's web input; an
 * earlier day means noon that day, far from midnight, so no time zone moves it to another day.
 * Null for a date that is not one, or lies in the future.
 */
export function receivedAtOf(day: string, now: number): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const noon = new Date(year, month - 1, date, 12);
  if (noon.getFullYear() !== year || noon.getMonth() !== month - 1 || noon.getDate() !== date)
    return null;
  if (dayOf(noon.getTime()) === dayOf(now)) return now;
  return noon.getTime() > now ? null : noon.getTime();
}

/** `YYYY-MM-DD` of a moment, in the reader's calendar (the date field's value). */
export function dayOf(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
