import i18next from 'i18next';
import { shellNb } from './shell/nb';
import type { Language } from './languages';

/**
 * Which texts a page downloads (issue #16's bundle budgets). Each language comes in two parts:
 * the shell (the frame and the pages most visits see, a few kB) and the features (every other
 * page's texts, some 15 kB gzipped per language). Bokmål's shell is bundled with the app; every
 * other part is its own chunk, loaded when first needed, and only for the language shown.
 */
type Texts = Record<string, unknown>;

const shells: Record<Language, () => Promise<Texts>> = {
  nb: () => Promise.resolve(shellNb),
  nn: () => import('./shell/nn').then((module) => module.shellNn),
  en: () => import('./shell/en').then((module) => module.shellEn),
};

const features: Record<Language, () => Promise<Texts>> = {
  nb: () => import('./features/nb').then((module) => module.featuresNb),
  nn: () => import('./features/nn').then((module) => module.featuresNn),
  en: () => import('./features/en').then((module) => module.featuresEn),
};

/** Once a page has needed the features, every language loaded after that comes with them. */
let featuresWanted = false;
const withFeatures = new Set<Language>();
const loadingFeatures = new Map<Language, Promise<void>>();

/** A language's texts as i18next first loads them (setup.ts's backend). */
export async function textsOf(language: Language): Promise<Texts> {
  const shell = await shells[language]();
  if (!featuresWanted) return shell;
  const extra = await features[language]();
  withFeatures.add(language);
  return { ...shell, ...extra };
}

export function hasFeatureTexts(language: Language): boolean {
  return withFeatures.has(language);
}

/**
 * Adds the features' texts to a language already loaded. The same promise for every caller, so
 * a component can suspend on it (React's `use`); a failed download is tried again next time.
 */
export function loadFeatureTexts(language: Language): Promise<void> {
  featuresWanted = true;
  let loading = loadingFeatures.get(language);
  if (!loading) {
    loading = features[language]().then(
      (extra) => {
        i18next.addResourceBundle(language, 'translation', extra, true, true);
        withFeatures.add(language);
      },
      (error: unknown) => {
        loadingFeatures.delete(language);
        throw error;
      },
    );
    loadingFeatures.set(language, loading);
  }
  return loading;
}

/**
 * Switches language with every part the pages so far have needed already in, so the page
 * changes language in one step instead of falling back to its loading state.
 */
export async function changeLanguage(language: Language): Promise<void> {
  if (featuresWanted && i18next.hasResourceBundle(language, 'translation'))
    await loadFeatureTexts(language);
  await i18next.changeLanguage(language);
}
