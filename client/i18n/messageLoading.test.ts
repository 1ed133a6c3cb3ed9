import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { featuresNb } from './features/nb';
import { participationNb } from './participation/nb';
import { coreNb } from './core/nb';
import { setupI18n } from './setup';
import { changeLanguage, hasTexts, loadTexts } from './messageLoading';

/** The first text (a string, not a group) under `texts`, as a key path. */
function firstKey(texts: object, prefix = ''): string {
  const [key, value] = Object.entries(texts as Record<string, unknown>)[0]!;
  const path = prefix ? `${prefix}.${key}` : key;
  return typeof value === 'string' ? path : firstKey(value as object, path);
}

const shellKey = firstKey(coreNb);
const participationKey = firstKey(participationNb);
const featureKey = firstKey(featuresNb);
const has = (key: string, lng: string) => i18next.exists(key, { lng, fallbackLng: false });

describe('loading the texts a page needs', () => {
  beforeAll(async () => {
    // setup.ts writes <html lang> on every change; the unit tests run without a DOM.
    (globalThis as { document?: unknown }).document = { documentElement: { lang: '' } };
    await setupI18n();
  });

  it('starts with the shell only, adds a part when a page asks, and switches languages with the parts asked for', async () => {
    expect(i18next.language).toBe('nb');
    expect(has(shellKey, 'nb')).toBe(true);
    expect(has(participationKey, 'nb')).toBe(false);
    expect(has(featureKey, 'nb')).toBe(false);

    // Before any page needed a part, another language also comes without it.
    await changeLanguage('nn');
    expect(has(shellKey, 'nn')).toBe(true);
    expect(has(participationKey, 'nn')).toBe(false);

    // A participant's page asks for the participation texts only.
    await loadTexts('nn', 'participation');
    expect(hasTexts('nn', 'participation')).toBe(true);
    expect(has(participationKey, 'nn')).toBe(true);
    expect(hasTexts('nn', 'features')).toBe(false);
    expect(has(featureKey, 'nn')).toBe(false);

    // Bokmål was loaded without it: it is in before the page switches, not after; and a
    // language never loaded before comes with it too, but not with the features.
    const presentAtSwitch: [boolean, boolean][] = [];
    const onChange = (language: string) =>
      presentAtSwitch.push([has(participationKey, language), has(featureKey, language)]);
    i18next.on('languageChanged', onChange);
    await changeLanguage('nb');
    await changeLanguage('en');
    i18next.off('languageChanged', onChange);
    expect(presentAtSwitch).toEqual([
      [true, false],
      [true, false],
    ]);

    // Another page asks for the features too: from then on every switch brings both.
    await loadTexts('en', 'features');
    expect(has(featureKey, 'en')).toBe(true);
    i18next.on('languageChanged', onChange);
    await changeLanguage('nn');
    i18next.off('languageChanged', onChange);
    expect(presentAtSwitch.at(-1)).toEqual([true, true]);
    expect(hasTexts('nn', 'features')).toBe(true);
  });
});
