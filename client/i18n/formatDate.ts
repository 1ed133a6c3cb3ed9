const formats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the reader's language, e.g. "27. nov. 2025, 08:30". */
export function formatDateTime(time: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format.format(time);
}
