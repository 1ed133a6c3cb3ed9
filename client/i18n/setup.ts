import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  isLanguage,
  storeLanguage,
  storedLanguage,
} from './languages';
import { textsOf } from './messageLoading';

/** i18next loads every language through this, one chunk at a time (messageLoading.ts). */
const textsOnDemand = {
  type: 'backend',
  callbackApi: false,
  init() {},
  read(language: string) {
    if (isLanguage(language)) return textsOf(language);
    return Promise.reject(new Error(`no texts for language ${language}`));
  },
} as unknown as BackendModule;

/**
 * Resolves once the stored language's texts are in, so the first render is already in that
 * language (nothing flickers from bokmål; for bokmål it is immediate, its shell is bundled).
 */
export function setupI18n(): Promise<unknown> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    if (isLanguage(language)) storeLanguage(language);
  });
  return i18next
    .use(textsOnDemand)
    .use(initReactI18next)
    .init({
      lng: storedLanguage(),
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}
