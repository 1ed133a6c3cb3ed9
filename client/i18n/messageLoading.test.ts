import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { featuresNb } from './features/nb';
import { coreNb } from './core/nb';
import { setupI18n } from './setup';
import { changeLanguage, hasFeatureTexts, loadFeatureTexts } from './messageLoading';

/** The first text (a string, not a group) under `texts`, as a key path. */
function firstKey(texts: object, prefix = ''): string {
  const [key, value] = Object.entries(texts as Record<string, unknown>)[0]!;
  const path = prefix ? `${prefix}.${key}` : key;
  return typeof value === 'string' ? path : firstKey(value as object, path);
}

const shellKey = firstKey(coreNb);
const featureKey = firstKey(featuresNb);
const has = (key: string, lng: string) => i18next.exists(key, { lng, fallbackLng: false });

describe('loading the texts a page needs', () => {
  beforeAll(async () => {
    // setup.ts writes <html lang> on every change; the unit tests run without a DOM.
    (globalThis as { document?: unknown }).document = { documentElement: { lang: '' } };
    await setupI18n();
  });

  it('starts with the shell only, adds the features when a page asks, and switches languages with them', async () => {
    expect(i18next.language).toBe('nb');
    expect(has(shellKey, 'nb')).toBe(true);
    expect(has(featureKey, 'nb')).toBe(false);

    // Before any page needed the features, another language also comes without them.
    await changeLanguage('nn');
    expect(has(shellKey, 'nn')).toBe(true);
    expect(has(featureKey, 'nn')).toBe(false);

    await loadFeatureTexts('nn');
    expect(hasFeatureTexts('nn')).toBe(true);
    expect(has(featureKey, 'nn')).toBe(true);

    // Bokmål was loaded without them: they are in before the page switches, not after.
    const presentAtSwitch: boolean[] = [];
    const onChange = (language: string) => presentAtSwitch.push(has(featureKey, language));
    i18next.on('languageChanged', onChange);
    await changeLanguage('nb');
    // A language never loaded before comes with them too.
    await changeLanguage('en');
    i18next.off('languageChanged', onChange);
    expect(presentAtSwitch).toEqual([true, true]);
    expect(hasFeatureTexts('en')).toBe(true);
  });
});
