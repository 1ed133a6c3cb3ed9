import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { purposeFragment } from '../../shared/plan/planDoc';
import { writeJson } from '../../shared/plan/richText';
import {
  damageEverythingElse,
  damageLikeTheIssue,
  damageRootTypes,
  soundPlan,
} from '../../shared/plan/schema/damagedPlan';
import type { ShapeProblem } from '../../shared/plan/schema/problems';
import { planSnapshot } from '../../shared/plan/snapshot';
import { EXPORT_FORMATS, exportPlan } from './exportPlan';

/** Damaged every way the shape check knows, plus attribute values no editor writes. */
function damagedPlan(): Y.Doc {
  const doc = soundPlan();
  damageLikeTheIssue(doc);
  damageEverythingElse(doc);
  damageRootTypes(doc);
  writeJson(purposeFragment(doc), [
    { type: 'heading', attrs: { level: 'high' }, content: [{ type: 'text', text: 'Overskrift' }] },
    {
      type: 'codeBlock',
      attrs: { language: { nested: true } },
      content: [{ type: 'text', text: 'kode' }],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'lenke', marks: [{ type: 'link', attrs: { href: 5 } }] }],
    },
  ]);
  return doc;
}

const plan = {
  id: 'p1',
  title: 'Temaplan',
  municipality: 'Asker kommune',
  createdAt: 0,
  updatedAt: 0,
  contentLanguage: 'nb' as const,
};

describe('exporting a damaged plan', () => {
  it.each(EXPORT_FORMATS)('renders %s with what could be read', async (format) => {
    const problems: ShapeProblem[] = [];
    const snapshot = planSnapshot(damagedPlan(), (problem) => problems.push(problem));
    expect(problems.length).toBeGreaterThan(0);
    const file = await exportPlan({
      plan,
      snapshot,
      version: null,
      history: [],
      format,
      locale: 'nb',
      now: new Date(0),
    });
    expect(file.body.length).toBeGreaterThan(0);
    if (format === 'md' || format === 'html') {
      const text = file.body.toString('utf8');
      expect(text).toContain('Infrastruktur som tekst');
      expect(text).toContain('Hei');
      expect(text).toContain('Se filmen');
    }
  });
});
