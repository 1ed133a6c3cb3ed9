import { createContext, useContext } from 'react';
import type { Language } from '../i18n/languages';
import type { Translate } from './i18n/translate';

/** What every part of the public page needs: the language, its texts and the live region. */
export interface PageContextValue {
  language: Language;
  t: Translate;
  /** Read out politely by screen readers (async outcomes: a file added, a list loaded). */
  announce: (text: string) => void;
}

export const PageContext = createContext<PageContextValue | null>(null);

export function usePage(): PageContextValue {
  const value = useContext(PageContext);
  if (!value) throw new Error('usePage outside PublicApp');
  return value;
}
