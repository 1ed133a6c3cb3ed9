const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The locale dates are written in: English pages are for readers in Norway and Europe, so
 * "6 Dec 2026, 10:41" (en-GB) rather than the American "Dec 6, 2026, 10:41 AM".
 */
const DATE_LOCALES: Record<string, string> = { en: 'en-GB' };

/** A date and time in the reader's language, e.g. "27. nov. 2025, 08:30". */
export function formatDateTime(time: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[language] ?? language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formats.set(language, format);
  }
  return format.format(time);
}
