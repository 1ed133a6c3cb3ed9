const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) in the reader's language, e.g. "3. september 2025"; never shifted by time zone. */
export function formatDay(day: string, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : format.format(time);
}
