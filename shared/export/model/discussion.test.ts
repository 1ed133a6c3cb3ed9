import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyDiscussionCommand } from '../../discussion/apply';
import { parseDiscussionCommand } from '../../discussion/commands';
import { endAt, startAt } from '../../discussion/testing';
import { textNodesOf } from '../../discussion/anchors';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../discussion/types';
import { discussionView } from '../../discussion/view';
import { planSnapshot } from '../../plan/snapshot';
import { deleteStrategy, listStrategies } from '../../plan/strategies';
import { writeJson } from '../../plan/richText';
import { getFocusArea } from '../../plan/focusAreas';
import { exportLabels } from '../labels';
import { discussionPlan, FIXTURE_META } from '../testing/discussionPlan';
import { buildExportDocument, type DiscussionExport } from './buildExportDocument';
import { discussionSnapshot } from './planDiscussion';
import type { ExportBlock, HeadingBlock, Inline, TextRun } from './types';

const meta = FIXTURE_META;
const labels = exportLabels('nb');
const everything = { comments: true, suggestions: true };

function runsOf(blocks: readonly ExportBlock[]): TextRun[] {
  return blocks.flatMap((block): TextRun[] => {
    if (block.type === 'paragraph')
      return block.content.filter((inline): inline is TextRun => inline.type === 'text');
    if (block.type === 'list') return block.items.flatMap(runsOf);
    if (block.type === 'quote') return runsOf(block.blocks);
    return [];
  });
}

const headings = (blocks: readonly ExportBlock[]) =>
  blocks.filter((block): block is HeadingBlock => block.type === 'heading');
const plain = (content: readonly Inline[]) =>
  content.map((inline) => (inline.type === 'text' ? inline.text : '\n')).join('');

function build(
  fixture: ReturnType<typeof discussionPlan>,
  as: DiscussionExport['as'],
  options = everything,
) {
  const { snapshot, discussion } = discussionSnapshot(
    fixture.plan,
    discussionView(fixture.discussion),
    options,
  );
  return buildExportDocument(snapshot, meta, labels, { discussion: { discussion, as } });
}

describe('exports with the open deliberation', () => {
  it('are the plain export when nothing is asked for', () => {
    const fixture = discussionPlan();
    const plainDoc = buildExportDocument(planSnapshot(fixture.plan), meta, labels);
    const { snapshot } = discussionSnapshot(fixture.plan, discussionView(fixture.discussion), {
      comments: false,
      suggestions: false,
    });
    expect(JSON.stringify(buildExportDocument(snapshot, meta, labels))).toBe(
      JSON.stringify(plainDoc),
    );
    expect(JSON.stringify(plainDoc)).not.toMatch(/"comments"|"suggestion"/);
  });

  it('put threads on their runs, the others on their section heading with what they were about', () => {
    const fixture = discussionPlan();
    const doc = build(fixture, 'comments');
    const { rangeThread, sectionThread, detachedThread, resolvedThread } = fixture.ids;
    const commented = runsOf(doc.blocks).filter((run) => run.comments?.includes(rangeThread));
    expect(commented.map((run) => [run.text, run.bold])).toEqual([
      ['trygg', true],
      [' skolevei', false],
    ]);
    const byText = new Map(headings(doc.blocks).map((heading) => [heading.text, heading.comments]));
    expect(byText.get('Formål')).toEqual([detachedThread]);
    expect(byText.get('1 Møteplasser')).toEqual([sectionThread]);
    expect(doc.comments?.map((comment) => [comment.id, comment.context])).toEqual([
      [rangeThread, null],
      [detachedThread, 'Teksten kommentaren gjaldt, er endret eller slettet: «fortau»'],
      [sectionThread, null],
    ]);
    expect(doc.comments?.some((comment) => comment.id === resolvedThread)).toBe(false);
    expect(doc.comments?.[0]?.messages).toEqual([
      {
        author: 'Kari Nordmann',
        date: new Date('2026-03-01T10:00:00Z'),
        text: 'Hva betyr trygg her?',
        deleted: false,
        edited: false,
      },
      {
        author: 'Ola Nordmann',
        date: new Date('2026-03-01T10:01:00Z'),
        text: 'Gang- og sykkelvei hele veien.\nSe vedlegg.',
        deleted: false,
        edited: false,
      },
    ]);
  });

  it('mark open suggestions on their runs with author and date, and leave decided ones out', () => {
    const fixture = discussionPlan();
    const runs = runsOf(build(fixture, 'comments').blocks);
    const suggested = runs
      .filter((run) => run.suggestion)
      .map((run) => [
        run.text,
        run.suggestion?.kind,
        run.suggestion?.author,
        run.suggestion?.date.toISOString(),
      ]);
    expect(suggested).toEqual([
      [' i år', 'insert', 'Ola Nordmann', '2026-03-01T10:06:00.000Z'],
      ['lag og ', 'delete', 'Kari Nordmann', '2026-03-01T10:07:00.000Z'],
    ]);
    expect(runs.some((run) => run.text.includes('Nesten'))).toBe(false);
    const commentsOnly = runsOf(
      build(fixture, 'comments', { comments: true, suggestions: false }).blocks,
    );
    expect(commentsOnly.some((run) => run.suggestion || run.text === ' i år')).toBe(false);
  });

  it('list the threads in an appendix for print, grouped by section, with a note on open suggestions', () => {
    const fixture = discussionPlan();
    const doc = build(fixture, 'appendix', { comments: false, suggestions: false });
    expect(doc.comments).toBeUndefined();
    const start = doc.blocks.findIndex(
      (block) => block.type === 'heading' && block.text === 'Vedlegg 1: Åpne kommentarer',
    );
    expect(start).toBeGreaterThan(0);
    const appendix = doc.blocks.slice(start);
    expect(headings(appendix).map((heading) => [heading.level, heading.text])).toEqual([
      [1, 'Vedlegg 1: Åpne kommentarer'],
      [2, 'Formål'],
      [3, 'Kommentar 1 fra Kari Nordmann'],
      [3, 'Kommentar 2 fra Kari Nordmann'],
      [2, '1 Møteplasser'],
      [3, 'Kommentar 3 fra Ola Nordmann'],
    ]);
    const text = appendix.map((block) =>
      block.type === 'paragraph'
        ? plain(block.content)
        : block.type === 'quote'
          ? `> ${plain(runsOf(block.blocks))}`
          : `# ${block.type === 'heading' ? block.text : block.type}`,
    );
    expect(text).toEqual([
      '# Vedlegg 1: Åpne kommentarer',
      'Planen har også 2 åpne endringsforslag. Endringsforslag er med som sporede endringer i Word-eksporten.',
      '# Formål',
      '# Kommentar 1 fra Kari Nordmann',
      '> trygg skolevei',
      'Kari Nordmann · 1. mars 2026',
      'Hva betyr trygg her?',
      'Ola Nordmann · 1. mars 2026',
      'Gang- og sykkelvei hele veien.\nSe vedlegg.',
      '# Kommentar 2 fra Kari Nordmann',
      'Teksten kommentaren gjaldt, er endret eller slettet:',
      '> fortau',
      'Kari Nordmann · 1. mars 2026',
      'Hvilken side av veien?',
      '# 1 Møteplasser',
      '# Kommentar 3 fra Ola Nordmann',
      'Gjelder hele delen.',
      'Ola Nordmann · 1. mars 2026',
      'Mangler tall for besøk.',
    ]);
    const toc = doc.blocks.find((block) => block.type === 'toc');
    expect(toc?.type === 'toc' && toc.entries.map((entry) => entry.text)).toContain(
      'Vedlegg 1: Åpne kommentarer',
    );
  });

  it('keep a deleted message’s place without its words, and say which were edited', () => {
    const fixture = discussionPlan();
    const view = discussionView(fixture.discussion);
    const [opening, reply] = view.threads.find((t) => t.id === fixture.ids.rangeThread)!.messages;
    const edit = (who: string, input: unknown) => {
      const parsed = parseDiscussionCommand(input);
      if (!parsed.ok) throw new Error(parsed.message);
      const person = { id: `user-${who}`, name: who };
      const ctx = {
        now: 9_000_000,
        newId: () => 'x',
        settings: DEFAULT_DISCUSSION_SETTINGS,
        isMember: () => true,
      };
      const result = applyDiscussionCommand(
        fixture.discussion,
        fixture.plan,
        { person, role: 'editor' },
        parsed.command,
        ctx,
      );
      if (!result.ok) throw new Error(result.message);
    };
    edit('kari', { type: 'editMessage', messageId: opening!.id, body: 'Hva betyr trygg?' });
    edit('ola', { type: 'deleteMessage', messageId: reply!.id });
    const doc = build(fixture, 'comments');
    expect(doc.comments?.[0]?.messages.map((m) => [m.text, m.deleted, m.edited])).toEqual([
      ['Hva betyr trygg?', false, true],
      ['', true, false],
    ]);
    const printed = build(fixture, 'appendix', { comments: false, suggestions: false });
    const lines = printed.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [plain(block.content)] : [],
    );
    expect(lines).toContain('Kari Nordmann · 1. mars 2026 · redigert');
    expect(lines).toContain('Meldingen er slettet.');
    expect(JSON.stringify(printed)).not.toContain('Gang- og sykkelvei');
  });

  it('hang threads on removed parts on the title, and on code on their heading with the quote', () => {
    const fixture = discussionPlan();
    const { plan, discussion, focusAreaId, strategyId } = fixture;
    writeJson(getFocusArea(plan, focusAreaId)!.body, [
      { type: 'codeBlock', content: [{ type: 'text', text: 'const a = 1;' }] },
    ]);
    const code = textNodesOf(getFocusArea(plan, focusAreaId)!.body).at(-1)!;
    const strategyText = textNodesOf(listStrategies(plan, focusAreaId)[0]!.body)[0]!;
    let n = 0;
    const start = (
      section: { kind: 'item'; id: string },
      text: Y.XmlText,
      from: number,
      to: number,
    ) => {
      const parsed = parseDiscussionCommand({
        type: 'startThread',
        section,
        range: { start: startAt(text, from), end: endAt(text, to) },
        body: `Tråd ${++n}`,
      });
      if (!parsed.ok) throw new Error(parsed.message);
      const result = applyDiscussionCommand(
        discussion,
        plan,
        { person: { id: 'user-x', name: 'X' }, role: 'editor' },
        parsed.command,
        {
          now: 5_000_000 + n,
          newId: () => `extra${n}`,
          settings: DEFAULT_DISCUSSION_SETTINGS,
          isMember: () => true,
        },
      );
      if (!result.ok) throw new Error(result.message);
    };
    start({ kind: 'item', id: focusAreaId }, code, 6, 7);
    start({ kind: 'item', id: strategyId }, strategyText, 0, 6);
    deleteStrategy(plan, focusAreaId, strategyId);
    const doc = build(fixture, 'comments');
    const title = doc.blocks[0];
    expect(title?.type === 'titlePage' && title.comments).toEqual(['extra2']);
    const comments = new Map(doc.comments?.map((comment) => [comment.id, comment.context]));
    expect(comments.get('extra1')).toBe('«a»');
    expect(comments.get('extra2')).toBe('Gjelder en del som er fjernet fra planen: «Styrke»');
    expect(
      headings(doc.blocks).find((heading) => heading.text === '1 Møteplasser')?.comments,
    ).toEqual(['extra1', fixture.ids.sectionThread]);
    const printed = build(fixture, 'appendix', { comments: false, suggestions: false });
    expect(headings(printed.blocks).map((heading) => heading.text)).toContain(
      'Deler som er fjernet fra planen',
    );
  });
});
