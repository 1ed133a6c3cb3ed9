import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { purposeFragment } from '../plan/planDoc';
import { fragmentToJson, writeJson, type RichNode } from '../plan/richText';
import { planSnapshot } from '../plan/snapshot';
import { listStrategies } from '../plan/strategies';
import { discussionPlan, FIXTURE_START } from '../export/testing/discussionPlan';
import { AnnotationMarks, annotateSection, type AnnotateOptions } from './annotate';
import { applyDiscussionCommand } from './apply';
import { textNodesOf } from './anchors';
import { parseDiscussionCommand } from './commands';
import { actorOf, contextFor, endAt, planWithPurpose, startAt } from './testing';
import { discussionView } from './view';

const purpose = { kind: 'purpose' } as const;
const all: AnnotateOptions = { comments: true, suggestions: true };

function run(discussion: Y.Doc, plan: Y.Doc, input: unknown, ctx = contextFor()) {
  const parsed = parseDiscussionCommand(input);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = applyDiscussionCommand(discussion, plan, actorOf('kari'), parsed.command, ctx);
  if (!result.ok) throw new Error(result.message);
  return result.outcome.type === 'created' ? result.outcome.id : '';
}

/** The text nodes of blocks in order, as [text, mark types + attrs worth comparing]. */
function runsOf(blocks: readonly RichNode[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  const walk = (nodes: readonly RichNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push([
          node.text ?? '',
          (node.marks ?? []).map((mark) => {
            if (mark.type === AnnotationMarks.comments) return `comments:${(mark.attrs?.ids as string[]).join(',')}`;
            if (mark.type === AnnotationMarks.deletion || mark.type === AnnotationMarks.insertion) return `${mark.type}:${String(mark.attrs?.author)}`;
            return mark.type;
          }),
        ]);
      } else walk(node.content ?? []);
    }
  };
  walk(blocks);
  return out;
}

describe('annotateSection', () => {
  it('reads the text as the plan snapshot does when asked for no marks or when nothing is open', () => {
    const fixture = discussionPlan();
    const view = discussionView(fixture.discussion);
    const snapshot = planSnapshot(fixture.plan);
    const empty = { threads: [], suggestions: [], settings: view.settings };
    // The purpose holds an unsafe link, so it is read sanitized; the strategy is read as is.
    expect(annotateSection(fixture.plan, purpose, view, { comments: false, suggestions: false })?.body).toEqual(snapshot.purpose);
    expect(annotateSection(fixture.plan, purpose, empty, all)?.body).toEqual(snapshot.purpose);
    const strategy = { kind: 'item', id: fixture.strategyId } as const;
    expect(annotateSection(fixture.plan, strategy, empty, all)?.body).toEqual(fragmentToJson(listStrategies(fixture.plan, fixture.focusAreaId)[0]!.body));
  });

  it('marks a thread’s text across formatting and an insertion at its place with the formatting before it', () => {
    const fixture = discussionPlan();
    const section = annotateSection(fixture.plan, purpose, discussionView(fixture.discussion), all)!;
    const { rangeThread } = fixture.ids;
    expect(runsOf(section.body)).toEqual([
      ['Alle barn skal ha en ', []],
      ['trygg', ['bold', `comments:${rangeThread}`]],
      [' skolevei', [`comments:${rangeThread}`]],
      ['.', []],
      ['Kommunen bygger langs veien', []],
      [' i år', [`${AnnotationMarks.insertion}:Ola Nordmann`]],
      ['.', []],
      ['Les ', []],
      // Sanitized away, as in the plan snapshot: the editor refuses such links.
      ['farlig lenke', []],
      [' og ', []],
      ['kommunen', ['link']],
      ['.', []],
    ]);
    const insertion = section.body[1]?.content?.[1];
    expect(insertion?.marks?.[0]?.attrs).toEqual({ id: fixture.ids.insertion, author: 'Ola Nordmann', at: FIXTURE_START + 6 * 60_000 });
    expect(section.openSuggestions).toBe(1);
    expect(section.applicableSuggestions).toBe(1);
  });

  it('places open threads: on their text, then section-wide, then detached with their quote; resolved ones never', () => {
    const fixture = discussionPlan();
    const view = discussionView(fixture.discussion);
    const threads = annotateSection(fixture.plan, purpose, view, all)!.threads;
    expect(threads.map((thread) => [thread.id, thread.placement, thread.quote])).toEqual([
      [fixture.ids.rangeThread, 'range', 'trygg skolevei'],
      [fixture.ids.detachedThread, 'detached', 'fortau'],
    ]);
    expect(threads[0]?.messages.map((message) => message.body)).toEqual(['Hva betyr trygg her?', 'Gang- og sykkelvei hele veien.\nSe vedlegg.']);
    const area = annotateSection(fixture.plan, { kind: 'item', id: fixture.focusAreaId }, view, all)!;
    expect(area.threads.map((thread) => [thread.id, thread.placement, thread.quote])).toEqual([[fixture.ids.sectionThread, 'section', null]]);
    expect(annotateSection(fixture.plan, { kind: 'item', id: 'gone' }, view, all)).toBeNull();
  });

  it('marks a suggested deletion with its author and date', () => {
    const fixture = discussionPlan();
    const strategy = annotateSection(fixture.plan, { kind: 'item', id: fixture.strategyId }, discussionView(fixture.discussion), all)!;
    expect(runsOf(strategy.body)).toEqual([
      ['Styrke ', []],
      ['lag og ', [`${AnnotationMarks.deletion}:Kari Nordmann`]],
      ['foreninger.', []],
    ]);
  });

  it('marks a range over several paragraphs and a hard break, and sorts threads by place', () => {
    const plan = new Y.Doc();
    writeJson(purposeFragment(plan), [
      { type: 'paragraph', content: [{ type: 'text', text: 'Første linje' }, { type: 'hardBreak' }, { type: 'text', text: 'andre linje' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Neste avsnitt.' }] },
    ]);
    const [a, , c] = textNodesOf(purposeFragment(plan)) as [Y.XmlText, Y.XmlText, Y.XmlText];
    const discussion = new Y.Doc();
    const ctx = contextFor();
    const late = run(discussion, plan, { type: 'startThread', section: purpose, range: { start: startAt(c, 0), end: endAt(c, 5) }, body: 'Sist' }, ctx);
    const wide = run(discussion, plan, { type: 'startThread', section: purpose, range: { start: startAt(a, 7), end: endAt(c, 5) }, body: 'Bredt' }, ctx);
    const section = annotateSection(plan, purpose, discussionView(discussion), all)!;
    expect(section.threads.map((thread) => thread.id)).toEqual([wide, late]);
    expect(section.threads[0]?.quote).toBe('linje\nandre linje\nNeste');
    expect(runsOf(section.body)).toEqual([
      ['Første ', []],
      ['linje', [`comments:${wide}`]],
      ['andre linje', [`comments:${wide}`]],
      ['Neste', [`comments:${wide},${late}`]],
      [' avsnitt.', []],
    ]);
    expect(section.body[0]?.content?.[2]).toEqual({ type: 'hardBreak' });
  });

  it('puts an insertion inside a commented range in the comment, and one into an empty paragraph', () => {
    const plan = new Y.Doc();
    writeJson(purposeFragment(plan), [{ type: 'paragraph', content: [{ type: 'text', text: 'abcdef' }] }, { type: 'paragraph' }]);
    const [text] = textNodesOf(purposeFragment(plan)) as [Y.XmlText];
    const empty = purposeFragment(plan).get(1) as Y.XmlElement;
    const discussion = new Y.Doc();
    const ctx = contextFor();
    const thread = run(discussion, plan, { type: 'startThread', section: purpose, range: { start: startAt(text, 1), end: endAt(text, 5) }, body: 'Hm' }, ctx);
    run(discussion, plan, { type: 'suggest', section: purpose, change: { kind: 'insert', at: startAt(text, 3), text: 'X' } }, ctx);
    run(discussion, plan, { type: 'suggest', section: purpose, change: { kind: 'insert', at: startAt(text, 5), text: 'Y' } }, ctx);
    const emptyAt = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(empty, 0, 0))).toString('base64');
    run(discussion, plan, { type: 'suggest', section: purpose, change: { kind: 'insert', at: emptyAt, text: 'Nytt' } }, ctx);
    const body = annotateSection(plan, purpose, discussionView(discussion), all)!.body;
    expect(runsOf(body)).toEqual([
      ['a', []],
      ['bc', [`comments:${thread}`]],
      ['X', [`comments:${thread}`, `${AnnotationMarks.insertion}:kari`]],
      ['de', [`comments:${thread}`]],
      ['Y', [`${AnnotationMarks.insertion}:kari`]],
      ['f', []],
      ['Nytt', [`${AnnotationMarks.insertion}:kari`]],
    ]);
  });

  it('leaves out suggestions that no longer apply, but counts them as open', () => {
    const { plan, texts } = planWithPurpose(['Fjern dette ordet.']);
    const discussion = new Y.Doc();
    const text = texts[0]!;
    run(discussion, plan, { type: 'suggest', section: purpose, change: { kind: 'delete', start: startAt(text, 6), end: endAt(text, 12) } });
    // Someone types inside the text the deletion was made on: accepting it would be refused.
    text.insert(8, 'XX');
    const section = annotateSection(plan, purpose, discussionView(discussion), all)!;
    expect(runsOf(section.body)).toEqual([['Fjern deXXtte ordet.', []]]);
    expect(section.openSuggestions).toBe(1);
    expect(section.applicableSuggestions).toBe(0);
  });

  it('lists threads but marks nothing when only the threads are asked for', () => {
    const fixture = discussionPlan();
    const section = annotateSection(fixture.plan, purpose, discussionView(fixture.discussion), { comments: false, suggestions: false })!;
    expect(section.threads).toHaveLength(2);
    expect(runsOf(section.body).every(([, marks]) => marks.every((mark) => mark === 'bold' || mark === 'link'))).toBe(true);
  });

  it('reads a section the editor would not accept sanitized, as the snapshot does, marks kept', () => {
    const { plan, texts } = planWithPurpose(['Tekst med kommentar.']);
    const discussion = new Y.Doc();
    run(discussion, plan, { type: 'startThread', section: purpose, range: { start: startAt(texts[0]!, 0), end: endAt(texts[0]!, 5) }, body: 'Hm' });
    texts[0]!.format(0, 5, { unknownMark: {} });
    const section = annotateSection(plan, purpose, discussionView(discussion), all)!;
    expect(runsOf(section.body)).toEqual([['Tekst', ['comments:id1']], [' med kommentar.', []]]);
    expect(section.threads.map((thread) => thread.placement)).toEqual(['range']);
  });
});
