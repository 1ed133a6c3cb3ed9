import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffPlans } from '../diff';
import { getFocusArea, listFocusAreas } from '../focusAreas';
import { findItem } from '../provenance';
import { restorePlan } from '../restore';
import { planSnapshot } from '../snapshot';
import { listStrategies } from '../strategies';
import { checkPlanDoc } from './checkPlanDoc';
import {
  area,
  strategy,
  damageEverythingElse,
  damageLikeTheIssue,
  damageRootTypes,
  soundPlan,
} from './damagedPlan';
import type { ShapeProblem } from './problems';

function damaged(): Y.Doc {
  const doc = soundPlan();
  damageLikeTheIssue(doc);
  damageEverythingElse(doc);
  damageRootTypes(doc);
  return doc;
}

function copy(doc: Y.Doc): Y.Doc {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  return clone;
}

describe('readers on a damaged plan', () => {
  it('the editor lists the focus areas that fit and tells what it skipped', () => {
    const doc = damaged();
    const problems: ShapeProblem[] = [];
    const areas = listFocusAreas(doc, (problem) => problems.push(problem));
    expect(areas.map((a) => a.id)).toEqual([]);
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['focusAreas.a1', 'focusAreas.a2', 'focusAreas.bad id!', 'focusAreas.x'].sort(),
    );
    expect(getFocusArea(doc, 'x')).toBeNull();
    expect(getFocusArea(doc, 'a1')).toBeNull();
  });

  it('the editor keeps the sound focus areas of a plan damaged like in the issue', () => {
    const doc = soundPlan();
    damageLikeTheIssue(doc);
    const problems: ShapeProblem[] = [];
    expect(listFocusAreas(doc, (problem) => problems.push(problem)).map((a) => a.id)).toEqual([
      'a2',
    ]);
    expect(problems).toEqual([
      { path: 'focusAreas.x', message: 'skipped: expected Y.Map, found a string' },
      { path: 'focusAreas.a1', message: 'skipped: no usable title' },
    ]);
    // The damaged area's strategies are still there for whoever asks for them by its id.
    expect(listStrategies(doc, 'a1').map((s) => s.id)).toEqual(['a1s1', 'a1s2']);
    expect(findItem(doc, 'a1s2')?.kind).toBe('strategy');
  });

  it('the editor skips a strategy without a body and a focus area without strategies', () => {
    const doc = soundPlan();
    strategy(doc, 'a1', 'a1s1').set('body', 'text');
    area(doc, 'a2').set('strategies', 3);
    const problems: ShapeProblem[] = [];
    const report = (problem: ShapeProblem) => problems.push(problem);
    expect(listStrategies(doc, 'a1', report).map((s) => s.id)).toEqual(['a1s2']);
    expect(listFocusAreas(doc, report).map((a) => a.id)).toEqual(['a1']);
    expect(listStrategies(doc, 'a2')).toEqual([]);
    expect(problems).toEqual([
      { path: 'focusAreas.a1.strategies.a1s1', message: 'skipped: no usable body' },
      { path: 'focusAreas.a2', message: 'skipped: no usable strategies' },
    ]);
  });

  it('the snapshot (exports, compare) reads what it can and tells the rest', () => {
    const doc = damaged();
    const problems: ShapeProblem[] = [];
    const snapshot = planSnapshot(doc, (problem) => problems.push(problem));
    expect(snapshot.focusAreas.map((a) => [a.id, a.title])).toEqual([
      ['a1', ''],
      ['a2', 'Infrastruktur som tekst'],
      ['bad id!', ''],
    ]);
    expect(snapshot.focusAreas[0]?.strategies.map((s) => s.id)).toEqual(['a1s1', 'a1s2']);
    expect(snapshot.focusAreas[1]?.body.at(-1)).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hei ' },
        { type: 'text', text: 'der' },
      ],
    });
    expect(snapshot.purpose.at(-1)).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Se filmen' }],
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'focusAreas.x',
        'focusAreas.a1.title',
        'focusAreas.a1.strategies.a1s1.body',
        'purpose.1',
      ]),
    );
    expect(diffPlans(planSnapshot(soundPlan()), snapshot).changed).toBe(true);
  });

  it('restores a sound version into a damaged live plan, leaving it fitting the shape', () => {
    const version = soundPlan();
    const live = copy(version);
    damageLikeTheIssue(live);
    damageEverythingElse(live);
    damageRootTypes(live);
    const problems: ShapeProblem[] = [];
    restorePlan(live, version, (problem) => problems.push(problem));
    expect(checkPlanDoc(live)).toEqual([]);
    expect(planSnapshot(live)).toEqual(planSnapshot(version));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path.startsWith('live.'))).toBe(true);
  });

  it('restores a damaged version: what fits is restored, the rest reported', () => {
    const version = soundPlan();
    damageLikeTheIssue(version);
    const live = soundPlan();
    const problems: ShapeProblem[] = [];
    restorePlan(live, version, (problem) => problems.push(problem));
    expect(checkPlanDoc(live)).toEqual([]);
    expect(listFocusAreas(live).map((a) => [a.id, a.title.toString()])).toEqual([
      ['a1', ''],
      ['a2', 'Infrastruktur'],
    ]);
    expect(problems.map((p) => p.path).sort()).toEqual([
      'version.focusAreas.a1.title',
      'version.focusAreas.x',
    ]);
  });
});
