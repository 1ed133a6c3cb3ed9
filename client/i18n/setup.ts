import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';
import { DEFAULT_LANGUAGE, isLanguage, storeLanguage, storedLanguage } from './languages';

/** Resources are bundled (a few kB), so initialisation is synchronous and nothing flickers. */
export function setupI18n(): void {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    if (isLanguage(language)) storeLanguage(language);
  });
  void i18next.use(initReactI18next).init({
    resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['nb', 'nn', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
