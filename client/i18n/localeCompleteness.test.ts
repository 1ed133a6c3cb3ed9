import { describe, expect, it } from 'vitest';
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';
import { shellNb } from './shell/nb';
import { shellNn } from './shell/nn';
import { shellEn } from './shell/en';
import { participationNb } from './participation/nb';
import { participationNn } from './participation/nn';
import { participationEn } from './participation/en';
import { featuresNb } from './features/nb';
import { featuresNn } from './features/nn';
import { featuresEn } from './features/en';
import publicNb from '../public-page/i18n/nb.json';
import publicNn from '../public-page/i18n/nn.json';
import publicEn from '../public-page/i18n/en.json';
import { exportLabels } from '../../shared/export/labels';
import { summaryLabels } from '../../shared/export/consultation/summaryLabels';
import { resultsLabels } from '../../shared/workshop/export/labels';

/**
 * Every text table has the same keys in nb, nn and en, all the way down. The TypeScript types
 * catch most gaps, but not an extra key spread in from a module (a text only one language has)
 * nor a nested object typed loosely; a missing key would fall back to bokmål on an English page.
 */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keyPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function emptyTexts(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [] : [prefix];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${prefix}.${key}`));
}

const tables: Record<string, Record<'nb' | 'nn' | 'en', unknown>> = {
  'app (client/i18n)': { nb, nn, en },
  // Each part on its own too: a key in the wrong part arrives only with the other part's download.
  'app shell (client/i18n/shell)': { nb: shellNb, nn: shellNn, en: shellEn },
  'app participation (client/i18n/participation)': {
    nb: participationNb,
    nn: participationNn,
    en: participationEn,
  },
  'app features (client/i18n/features)': { nb: featuresNb, nn: featuresNn, en: featuresEn },
  'public page (client/public-page/i18n)': { nb: publicNb, nn: publicNn, en: publicEn },
  'export labels': { nb: exportLabels('nb'), nn: exportLabels('nn'), en: exportLabels('en') },
  'consultation summary labels': {
    nb: summaryLabels('nb'),
    nn: summaryLabels('nn'),
    en: summaryLabels('en'),
  },
  'workshop results labels': {
    nb: resultsLabels('nb'),
    nn: resultsLabels('nn'),
    en: resultsLabels('en'),
  },
};

describe('locale completeness', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: nn and en have exactly bokmål's keys, none empty`, () => {
      const reference = new Set(keyPaths(table.nb));
      for (const language of ['nn', 'en'] as const) {
        const keys = new Set(keyPaths(table[language]));
        expect(
          [...reference].filter((key) => !keys.has(key)),
          `${name}: missing in ${language}`,
        ).toEqual([]);
        expect(
          [...keys].filter((key) => !reference.has(key)),
          `${name}: only in ${language}`,
        ).toEqual([]);
      }
      for (const language of ['nb', 'nn', 'en'] as const)
        expect(emptyTexts(table[language]), `${name}: empty in ${language}`).toEqual([]);
    });
  }

  // The server's error messages are English, for developers and logs; a page shows its own text
  // for an error code instead, so no text may pass a server message through.
  it('no text shows a server message verbatim', () => {
    for (const [name, table] of Object.entries(tables))
      for (const language of ['nb', 'nn', 'en'] as const)
        expect(JSON.stringify(table[language]), `${name} ${language}`).not.toMatch(
          /\{\{(message|error|serverMessage)\}\}/,
        );
  });

  it('finds a key missing deep inside one module', () => {
    const broken = structuredClone(nn) as { audit: { detail: Record<string, unknown> } };
    delete broken.audit.detail.person;
    const present = new Set(keyPaths(broken));
    const missing = keyPaths(nb).filter((key) => !present.has(key));
    expect(missing).toEqual(['audit.detail.person']);
  });
});
