import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  isLanguage,
  storeLanguage,
  type Language,
} from '../i18n/languages';
import { PageContext, type PageContextValue } from './context';
import { loadMessages } from './i18n/messages';
import type { Messages } from './i18n/messages';
import { translate, type Translate } from './i18n/translate';
import { useCurrentPath } from './navigation';
import { PublicPages } from './PublicPages';
import { parsePublicPath } from './routes';
import { usePlan } from './usePlan';
import { MunicipalityName } from './MunicipalityName';

export interface Texts {
  language: Language;
  messages: Messages;
}

/** The residents' page: language, live region, the plan's data and the page for the address. */
export function PublicApp({ initial }: { initial: Texts }) {
  const [{ language, messages }, setTexts] = useState(initial);
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const path = useCurrentPath();
  const route = useMemo(() => {
    const url = new URL(path, location.origin);
    return parsePublicPath(url.pathname, url.search);
  }, [path]);
  const { load, refresh } = usePlan(route.slug);

  useEffect(() => {
    document.documentElement.lang = language;
    storeLanguage(language);
  }, [language]);

  // After navigating within the page, reading and tabbing start at the new page's heading.
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);

  const t = useCallback<Translate>((key, vars) => translate(messages, key, vars), [messages]);
  const announce = useCallback(
    (text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })),
    [],
  );
  const context = useMemo<PageContextValue>(
    () => ({ language, t, announce }),
    [language, t, announce],
  );

  return (
    <PageContext.Provider value={context}>
      <div className="flex min-h-screen flex-col">
        <a className="ds-skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="border-b border-neutral-border-subtle bg-neutral-background-tinted">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            {load.state === 'ready' ? (
              <MunicipalityName
                name={load.plan.plan.municipality}
                logoUrl={load.plan.plan.logoUrl ?? null}
              />
            ) : (
              <span className="font-semibold">Medverk</span>
            )}
            <div className="flex items-center gap-2">
              <label htmlFor="language" className="ds-label" data-weight="regular">
                {t('languageLabel')}
              </label>
              <select
                id="language"
                className="ds-input w-auto"
                data-size="sm"
                value={language}
                onChange={(event) => {
                  const chosen = event.target.value;
                  // Offline, the texts of another language may not load: the page stays as it is.
                  if (isLanguage(chosen))
                    void loadMessages(chosen).then(
                      (loaded) => setTexts({ language: chosen, messages: loaded }),
                      () => {},
                    );
                }}
              >
                {LANGUAGES.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {LANGUAGE_NAMES[option]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none"
        >
          <PublicPages route={route} load={load} refresh={refresh} />
        </main>
        <footer className="border-t border-neutral-border-subtle px-4 py-4 text-center">
          Medverk
        </footer>
        <div className="ds-sr-only" aria-live="polite" data-testid="announcer">
          <p key={announcement.n}>{announcement.text}</p>
        </div>
      </div>
    </PageContext.Provider>
  );
}
