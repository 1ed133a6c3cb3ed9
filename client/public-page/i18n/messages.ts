import type { Language } from '../../i18n/languages';
import type nb from './nb.json';
import nbUrl from './nb.json?url&no-inline';
import nnUrl from './nn.json?url&no-inline';
import enUrl from './en.json?url&no-inline';

/**
 * The public page's texts: one JSON table per language (bokmål is the reference; nn and en are
 * checked against it in tables.test.ts), fetched before the page first renders and when the
 * visitor switches. Plain tables rather than i18next, and fetched rather than bundled, because
 * the page has an 80 kB budget: a reader downloads only their own language.
 */
export type Messages = typeof nb;
export type MessageKey = keyof Messages;

const URLS: Record<Language, string> = { nb: nbUrl, nn: nnUrl, en: enUrl };

export async function loadMessages(language: Language): Promise<Messages> {
  const response = await fetch(URLS[language]);
  if (!response.ok) throw new Error(`texts for ${language}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
}
