import i18next from 'i18next';
import { shellNb } from './shell/nb';
import type { Language } from './languages';

/**
 * Which texts a page downloads (issue #16's bundle budgets). Each language comes in parts: the
 * shell (the frame and the pages most visits see, a few kB), participation (joining and taking
 * part in a workshop, what a participant's phone needs, some 5 kB gzipped) and the features
 * (every other page's texts, some 15 kB gzipped). Bokmål's shell is bundled with the app; every
 * other part is its own chunk, loaded when a page first needs it, and only for the language
 * shown.
 */
type Texts = Record<string, unknown>;

/** The parts a page can wait for (client/app/FeatureMessages.tsx); the shell is always there. */
export type TextPart = 'participation' | 'features';

const shells: Record<Language, () => Promise<Texts>> = {
  nb: () => Promise.resolve(shellNb),
  nn: () => import('./shell/nn').then((module) => module.shellNn),
  en: () => import('./shell/en').then((module) => module.shellEn),
};

const parts: Record<TextPart, Record<Language, () => Promise<Texts>>> = {
  participation: {
    nb: () => import('./participation/nb').then((module) => module.participationNb),
    nn: () => import('./participation/nn').then((module) => module.participationNn),
    en: () => import('./participation/en').then((module) => module.participationEn),
  },
  features: {
    nb: () => import('./features/nb').then((module) => module.featuresNb),
    nn: () => import('./features/nn').then((module) => module.featuresNn),
    en: () => import('./features/en').then((module) => module.featuresEn),
  },
};

/** Once a page has needed a part, every language loaded after that comes with it. */
const wanted = new Set<TextPart>();
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
const keyOf = (language: Language, part: TextPart) => `${language}/${part}`;

/** A language's texts as i18next first loads them (setup.ts's backend). */
export async function textsOf(language: Language): Promise<Texts> {
  const wantedNow = [...wanted];
  const [shell, ...extras] = await Promise.all([
    shells[language](),
    ...wantedNow.map((part) => parts[part][language]()),
  ]);
  for (const part of wantedNow) loaded.add(keyOf(language, part));
  return Object.assign({}, shell, ...extras) as Texts;
}

export function hasTexts(language: Language, part: TextPart): boolean {
  return loaded.has(keyOf(language, part));
}

/**
 * Adds a part's texts to a language already loaded. The same promise for every caller, so a
 * component can suspend on it (React's `use`); a failed download is tried again next time.
 */
export function loadTexts(language: Language, part: TextPart): Promise<void> {
  wanted.add(part);
  const key = keyOf(language, part);
  let pending = loading.get(key);
  if (!pending) {
    pending = parts[part][language]().then(
      (extra) => {
        i18next.addResourceBundle(language, 'translation', extra, true, true);
        loaded.add(key);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Switches language with every part the pages so far have needed already in, so the page
 * changes language in one step instead of falling back to its loading state.
 */
export async function changeLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation'))
    await Promise.all([...wanted].map((part) => loadTexts(language, part)));
  await i18next.changeLanguage(language);
}
