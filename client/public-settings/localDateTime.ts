/*
 * A `datetime-local` field's value and milliseconds since the epoch, in the browser's own time
 * zone (the case officer types local opening and closing times; the server counts in ms).
 */

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** «2025-10-01T09:00», or with seconds when the time has any. */
export function toLocalInput(ms: number): string {
  const date = new Date(ms);
  const base = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.getSeconds() === 0 ? base : `${base}:${pad(date.getSeconds())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** The instant a field's value means here, or null for an empty or impossible value. */
export function fromLocalInput(value: string): number | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute, second);
  // new Date rolls 31 February over into March: refuse instead of guessing.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return null;
  return date.getTime();
}
