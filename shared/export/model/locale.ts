import type { ExportLocale } from '../labels';

const languageTags: Record<ExportLocale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The BCP 47 tag documents declare, so screen readers and spell checkers pick the language. */
export function languageTag(locale: ExportLocale): string {
  return languageTags[locale];
}

/**
 * A date as people write it in the plan's language ("27. november 2026"). Plans are Norwegian
 * municipal documents: the calendar day is the one in Norway, whatever the server's zone.
 */
export function formatDate(date: Date, locale: ExportLocale): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Oslo',
  }).format(date);
}

export function formatCount(count: number, locale: ExportLocale): string {
  return new Intl.NumberFormat(languageTag(locale)).format(count);
}
