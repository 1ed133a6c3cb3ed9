import type { Language } from '../i18n/languages';

/** Intl's locale for a page language (Norwegian formats dates and numbers alike in nb and nn). */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-NO`;
}

/** The day of a moment in Norwegian time, e.g. «1. mars 2026». */
export function formatDate(time: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeZone: 'Europe/Oslo',
  }).format(time);
}

/** A moment as people in the municipality read it: Norwegian time, e.g. «1. mars 2026 kl. 23:59». */
export function formatMoment(time: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(time);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** A file size, e.g. «1,2 MB» or «340 kB». */
export function formatSize(bytes: number, language: Language): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [Math.max(1, Math.round(bytes / 1_000)), 'kB'];
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
