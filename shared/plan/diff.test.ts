import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffPlans, type FocusAreaDiff } from './diff';
import {
  addFocusArea,
  getFocusArea,
  moveFocusArea,
  renameFocusArea,
  deleteFocusArea,
} from './focusAreas';
import { initPlan, purposeFragment } from './planDoc';
import { writeJson, writeParagraphs } from './richText';
import { planSnapshot, type PlanSnapshot } from './snapshot';
import { addStrategy, deleteStrategy, listStrategies, moveStrategy } from './strategies';
import { diffWords } from './wordDiff';

/** Ids are fixed so documents built apart can still be compared item by item. */
function basePlan(doc = new Y.Doc()): Y.Doc {
  initPlan(doc, { title: 'Temaplan for medborgerskap', municipality: 'Asker kommune' });
  writeParagraphs(purposeFragment(doc), ['Planen skal styrke medborgerskapet i Asker.']);
  for (const [areaId, title] of [
    ['a1', 'Arenaer for deltakelse'],
    ['a2', 'Infrastruktur for frivillighet'],
    ['a3', 'Lokaldemokrati'],
  ] as const) {
    addFocusArea(doc, { id: areaId, title });
    for (const n of [1, 2]) {
      addStrategy(doc, areaId, { id: `${areaId}s${n}` });
      writeParagraphs(strategyBody(doc, areaId, `${areaId}s${n}`), [
        `Strategi ${n} for ${title.toLowerCase()}.`,
      ]);
    }
  }
  return doc;
}

function strategyBody(doc: Y.Doc, areaId: string, id: string): Y.XmlFragment {
  const strategy = listStrategies(doc, areaId).find((s) => s.id === id);
  if (!strategy) throw new Error(`no strategy ${id}`);
  return strategy.body;
}

function replaceBody(fragment: Y.XmlFragment, text: string): void {
  fragment.delete(0, fragment.length);
  writeParagraphs(fragment, [text]);
}

function copy(doc: Y.Doc): Y.Doc {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  return clone;
}

function area(diff: { focusAreas: FocusAreaDiff[] }, id: string): FocusAreaDiff {
  const found = diff.focusAreas.find((a) => a.id === id);
  if (!found) throw new Error(`no focus area ${id} in the diff`);
  return found;
}

function marked(segments: { kind: string; text: string }[]): string {
  return segments
    .map((s) =>
      s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`,
    )
    .join('');
}

describe('diffWords', () => {
  it('marks whole words, Norwegian letters included', () => {
    expect(
      marked(
        diffWords('Frivillige lag og foreninger', 'Frivillige lag og foreninger og øvrige aktører'),
      ),
    ).toBe('Frivillige lag og foreninger{+ og øvrige aktører+}');
    // A changed word is replaced whole, never as a few changed letters.
    expect(
      marked(diffWords('Flere møteplasser i nærmiljøet', 'Flere møtesteder i nærmiljøet')),
    ).toBe('Flere [-møteplasser-]{+møtesteder+} i nærmiljøet');
    expect(marked(diffWords('Bærekraftig økonomi', 'Bærekraftig og rettferdig økonomi'))).toBe(
      'Bærekraftig {+og rettferdig +}økonomi',
    );
  });

  it('gives one same segment for equal texts and none for two empty ones', () => {
    expect(diffWords('lik tekst', 'lik tekst')).toEqual([{ kind: 'same', text: 'lik tekst' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'ny')).toEqual([{ kind: 'added', text: 'ny' }]);
  });

  it('keeps every character: the old text and the new text can be rebuilt from the segments', () => {
    const before = 'Kommunen skal legge til rette for at innbyggerne kan delta i lokalsamfunnet.';
    const after = 'Kommunen skal gjøre det enkelt for innbyggerne å delta aktivt i lokalsamfunnet!';
    const segments = diffWords(before, after);
    expect(
      segments
        .filter((s) => s.kind !== 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.kind !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
  });
});

describe('diffPlans', () => {
  it('reports nothing for identical plans', () => {
    const doc = basePlan();
    const diff = diffPlans(planSnapshot(doc), planSnapshot(copy(doc)));
    expect(diff.changed).toBe(false);
    expect(diff.focusAreas.every((a) => a.status === 'kept' && !a.moved && !a.changed)).toBe(true);
  });

  it('marks a renamed focus area word by word, matched by id', () => {
    const before = basePlan();
    const after = copy(before);
    renameFocusArea(after, 'a2', 'Infrastruktur for kultur og frivillighet');
    const diff = diffPlans(planSnapshot(before), planSnapshot(after));
    expect(diff.changed).toBe(true);
    const a2 = area(diff, 'a2');
    expect(a2).toMatchObject({ status: 'kept', changed: true, moved: false });
    expect(marked(a2.title.segments)).toBe('Infrastruktur for {+kultur og +}frivillighet');
    expect(area(diff, 'a1').changed).toBe(false);
  });

  it('reports a move as moved, without calling the items it passed moved', () => {
    const before = basePlan();
    const after = copy(before);
    moveFocusArea(after, 'a3', 0);
    const diff = diffPlans(planSnapshot(before), planSnapshot(after));
    expect(diff.focusAreas.map((a) => [a.id, a.moved, a.numberBefore, a.numberAfter])).toEqual([
      ['a3', true, '3', '1'],
      ['a1', false, '1', '2'],
      ['a2', false, '2', '3'],
    ]);
    expect(diff.changed).toBe(true);
  });

  it('finds a strategy changed inside a moved focus area', () => {
    const before = basePlan();
    const after = copy(before);
    moveFocusArea(after, 'a1', 2);
    replaceBody(
      strategyBody(after, 'a1', 'a1s2'),
      'Strategi 2 for arenaer for deltakelse og læring.',
    );
    const a1 = area(diffPlans(planSnapshot(before), planSnapshot(after)), 'a1');
    expect(a1).toMatchObject({ moved: true, changed: false, numberBefore: '1', numberAfter: '3' });
    const s2 = a1.strategies.find((s) => s.id === 'a1s2');
    expect(s2).toMatchObject({
      status: 'kept',
      changed: true,
      numberBefore: '1.2',
      numberAfter: '3.2',
    });
    expect(marked(s2?.body.segments ?? [])).toBe(
      'Strategi 2 for arenaer for [-deltakelse.-]{+deltakelse og læring.+}',
    );
  });

  it('lists additions in place and removals where they used to be', () => {
    const before = basePlan();
    const after = copy(before);
    deleteFocusArea(after, 'a2');
    addFocusArea(after, { id: 'a4', title: 'Nærmiljø', index: 0 });
    deleteStrategy(after, 'a1', 'a1s1');
    addStrategy(after, 'a1', { id: 'a1s3' });
    writeParagraphs(strategyBody(after, 'a1', 'a1s3'), ['Ny strategi om møteplasser.']);
    moveStrategy(after, 'a3', 'a3s2', 0);
    const diff = diffPlans(planSnapshot(before), planSnapshot(after));
    expect(diff.focusAreas.map((a) => [a.id, a.status])).toEqual([
      ['a4', 'added'],
      ['a1', 'kept'],
      ['a2', 'removed'],
      ['a3', 'kept'],
    ]);
    expect(area(diff, 'a4').title.segments).toEqual([{ kind: 'added', text: 'Nærmiljø' }]);
    const a2 = area(diff, 'a2');
    expect(a2).toMatchObject({ numberBefore: '2', numberAfter: null });
    expect(a2.strategies.map((s) => s.status)).toEqual(['removed', 'removed']);
    expect(area(diff, 'a1').strategies.map((s) => [s.id, s.status])).toEqual([
      ['a1s1', 'removed'],
      ['a1s2', 'kept'],
      ['a1s3', 'added'],
    ]);
    expect(area(diff, 'a1').strategies[2]?.body.segments).toEqual([
      { kind: 'added', text: 'Ny strategi om møteplasser.' },
    ]);
    expect(area(diff, 'a3').strategies.map((s) => [s.id, s.moved])).toEqual([
      ['a3s2', true],
      ['a3s1', false],
    ]);
  });

  it('compares title and purpose, and notices a change of formatting only', () => {
    const before = basePlan();
    const after = copy(before);
    getFocusArea(after, 'a1')?.title.insert(0, 'Nye ');
    const purpose = purposeFragment(after);
    purpose.delete(0, purpose.length);
    writeJson(purpose, [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'Planen skal styrke medborgerskapet i Asker.',
            marks: [{ type: 'bold' }],
          },
        ],
      },
    ]);
    const diff = diffPlans(planSnapshot(before), planSnapshot(after));
    expect(diff.purpose.changed).toBe(true);
    expect(diff.purpose.segments.every((s) => s.kind === 'same')).toBe(true);
    expect(diff.title.changed).toBe(false);
    expect(marked(area(diff, 'a1').title.segments)).toBe('{+Nye +}Arenaer for deltakelse');
  });

  it('diffs the merge of concurrent edits from two replicas', () => {
    const base = basePlan();
    const version = planSnapshot(base);
    const kari = copy(base);
    const ola = copy(base);
    renameFocusArea(kari, 'a1', 'Arenaer for deltakelse og læring');
    moveFocusArea(ola, 'a1', 2);
    replaceBody(strategyBody(ola, 'a2', 'a2s1'), 'Strategi 1 for idrett og friluftsliv.');
    Y.applyUpdate(kari, Y.encodeStateAsUpdate(ola));
    Y.applyUpdate(ola, Y.encodeStateAsUpdate(kari));
    const merged: PlanSnapshot = planSnapshot(kari);
    expect(planSnapshot(ola)).toEqual(merged);
    const diff = diffPlans(version, merged);
    expect(area(diff, 'a1')).toMatchObject({ moved: true, changed: true });
    expect(marked(area(diff, 'a1').title.segments)).toBe('Arenaer for deltakelse{+ og læring+}');
    expect(area(diff, 'a2').strategies.find((s) => s.id === 'a2s1')?.changed).toBe(true);
    expect(area(diff, 'a3')).toMatchObject({ moved: false, changed: false });
  });
});
