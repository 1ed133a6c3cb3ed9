import i18next, { type TFunction } from 'i18next';
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';
import type { Language } from './languages';

/** A `t` for unit tests, with the app's real messages in one language. */
export async function testTranslator(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
