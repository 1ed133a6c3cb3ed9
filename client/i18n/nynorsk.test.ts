import { describe, expect, it } from 'vitest';
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';
import publicNn from '../public-page/i18n/nn.json';
import { exportLabels } from '../../shared/export/labels';
import { summaryLabels } from '../../shared/export/consultation/summaryLabels';
import { resultsLabels } from '../../shared/workshop/export/labels';

/** Every text in a table, with where it sits, so a failure names the key to fix. */
function texts(value: unknown, prefix: string): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${prefix}.${key}`));
}

const nynorsk = [
  ...texts(nn, 'app'),
  ...texts(publicNn, 'publicPage'),
  ...texts(exportLabels('nn'), 'export'),
  ...texts(summaryLabels('nn'), 'summary'),
  ...texts(resultsLabels('nn'), 'workshopResults'),
];

/**
 * One written standard, held to: "verkstad" is masculine (ein, kvar, ny, denne verkstaden), and
 * of the forms nynorsk allows the interface uses "blir", "vart", "serveren" and "føremål".
 */
const WRONG_FORMS: [RegExp, string][] = [
  [/\beit verkstad/i, 'ein verkstad'],
  [/\beitt verkstad/i, 'éin verkstad'],
  [/\bkvart verkstad/i, 'kvar verkstad'],
  [/\bnytt verkstad/i, 'ny verkstad'],
  [/\binkje verkstad/i, 'ingen verkstad'],
  [/\bdette verkstad/i, 'denne verkstaden'],
  [/\bverkstadet\b/i, 'verkstaden'],
  [/\bvert\b/i, 'blir'],
  [/\bverte\b/i, 'bli'],
  [/\bblei\b/i, 'vart'],
  [/\btenar(en|ar)?\b/i, 'serveren'],
  [/\bformål/i, 'føremål'],
];

describe('nynorsk', () => {
  it('has no wrong or mixed forms', () => {
    const found = nynorsk.flatMap(([key, text]) =>
      WRONG_FORMS.filter(([pattern]) => pattern.test(text)).map(
        ([pattern, right]) => `${key}: ${pattern} in «${text}» (use «${right}»)`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('names the purpose the same in the editor, the versions and the exports', () => {
    expect(nn.editor.purposeHeading).toBe('Føremål');
    expect(nn.versions.purposeHeading).toBe(nn.editor.purposeHeading);
    expect(nn.compare.purposeTerm).toBe(nn.editor.purposeHeading);
    expect(nn.discussion.sections.purpose).toBe(nn.editor.purposeHeading);
    expect(exportLabels('nn').purpose).toBe(nn.editor.purposeHeading);
    expect(publicNn.purposeHeading).toBe(nn.editor.purposeHeading);
  });
});

describe('one word for one thing', () => {
  // The workshop activity "discussion" is named alike while it runs, in its results and export.
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ] as const)('%s: the discussion activity', (language, messages) => {
    const word = messages.workshop.kinds.discussion;
    expect(messages.workshopResults.kinds.discussion).toBe(word);
    expect(resultsLabels(language).kinds.discussion).toBe(word);
  });
});
