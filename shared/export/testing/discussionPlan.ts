import * as Y from 'yjs';
import { applyDiscussionCommand } from '../../discussion/apply';
import { endAt, startAt } from '../../discussion/testing';
import { parseDiscussionCommand, type DiscussionCommandInput } from '../../discussion/commands';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../discussion/types';
import { textNodesOf } from '../../discussion/anchors';
import { addFocusArea, getFocusArea } from '../../plan/focusAreas';
import { initPlan, purposeFragment } from '../../plan/planDoc';
import { writeJson, type RichNode } from '../../plan/richText';
import { addStrategy, listStrategies } from '../../plan/strategies';
import type { ExportMeta } from '../model/types';

/**
 * Test fixture: a small plan and its discussion, made through the real commands, with one of
 * each thing an export has to show: a thread on a range with a reply, a section-wide thread,
 * a thread whose text was deleted, a resolved thread, an insertion, a deletion, a rejected
 * suggestion, and a `javascript:` link stored as y-tiptap stores marks.
 */
export interface DiscussionPlan {
  plan: Y.Doc;
  discussion: Y.Doc;
  focusAreaId: string;
  strategyId: string;
  ids: {
    rangeThread: string;
    sectionThread: string;
    detachedThread: string;
    resolvedThread: string;
    insertion: string;
    deletion: string;
    rejected: string;
  };
}

const t = (text: string, marks: RichNode['marks'] = []): RichNode =>
  marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });

/** 1 March 2026, 10:00 UTC, and a minute later for each step. */
export const FIXTURE_START = Date.UTC(2026, 2, 1, 10, 0, 0);

export function discussionPlan(): DiscussionPlan {
  const plan = new Y.Doc();
  initPlan(plan, { title: 'Temaplan for skolevei', municipality: 'Asker kommune' });
  writeJson(purposeFragment(plan), [
    p(t('Alle barn skal ha en '), t('trygg', [{ type: 'bold' }]), t(' skolevei.')),
    p(t('Kommunen bygger fortau langs veien.')),
    p(
      t('Les '),
      t('farlig lenke', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      t(' og '),
      t('kommunen', [{ type: 'link', attrs: { href: 'https://www.asker.kommune.no/' } }]),
      t('.'),
    ),
  ]);
  const focusAreaId = addFocusArea(plan, { title: 'Møteplasser' });
  writeJson(getFocusArea(plan, focusAreaId)!.body, [p(t('Biblioteket er åpent.'))]);
  const strategyId = addStrategy(plan, focusAreaId)!;
  writeJson(listStrategies(plan, focusAreaId).find((s) => s.id === strategyId)!.body, [
    p(t('Styrke lag og foreninger.')),
  ]);

  const discussion = new Y.Doc();
  let step = 0;
  let counter = 0;
  const run = (who: string, input: DiscussionCommandInput): string => {
    const parsed = parseDiscussionCommand(input);
    if (!parsed.ok) throw new Error(`fixture command refused: ${parsed.message}`);
    const role = who === 'eier' ? 'owner' : 'editor';
    const result = applyDiscussionCommand(
      discussion,
      plan,
      { person: { id: `user-${who}`, name: names[who] ?? who }, role },
      parsed.command,
      {
        now: FIXTURE_START + 60_000 * step++,
        newId: () => `fx${++counter}`,
        settings: DEFAULT_DISCUSSION_SETTINGS,
        isMember: () => true,
      },
    );
    if (!result.ok) throw new Error(`fixture command failed: ${result.message}`);
    return result.outcome.type === 'created' ? result.outcome.id : '';
  };

  const purpose = { kind: 'purpose' } as const;
  // One text node per paragraph, formatting in its delta, as y-tiptap writes them.
  const [p1, p2] = textNodesOf(purposeFragment(plan)) as [Y.XmlText, Y.XmlText];
  // "trygg skolevei": offsets 21–35 in "Alle barn skal ha en trygg skolevei."
  const rangeThread = run('kari', {
    type: 'startThread',
    section: purpose,
    range: { start: startAt(p1, 21), end: endAt(p1, 35) },
    body: 'Hva betyr trygg her?',
  });
  run('ola', {
    type: 'reply',
    threadId: rangeThread,
    body: 'Gang- og sykkelvei hele veien.\nSe vedlegg.',
  });
  const sectionThread = run('ola', {
    type: 'startThread',
    section: { kind: 'item', id: focusAreaId },
    body: 'Mangler tall for besøk.',
  });
  // "fortau" in "Kommunen bygger fortau langs veien.": 16–22.
  const detachedThread = run('kari', {
    type: 'startThread',
    section: purpose,
    range: { start: startAt(p2, 16), end: endAt(p2, 22) },
    body: 'Hvilken side av veien?',
  });
  const resolvedThread = run('kari', {
    type: 'startThread',
    section: purpose,
    body: 'Løst allerede.',
  });
  run('eier', { type: 'resolveThread', threadId: resolvedThread });
  // Insert " i år" before the full stop of the second paragraph.
  const insertion = run('ola', {
    type: 'suggest',
    section: purpose,
    change: { kind: 'insert', at: startAt(p2, 34), text: ' i år' },
  });
  const strategyText = textNodesOf(listStrategies(plan, focusAreaId)[0]!.body)[0]!;
  // "lag og " in "Styrke lag og foreninger.": 7–14.
  const deletion = run('kari', {
    type: 'suggest',
    section: { kind: 'item', id: strategyId },
    change: { kind: 'delete', start: startAt(strategyText, 7), end: endAt(strategyText, 14) },
  });
  const rejected = run('ola', {
    type: 'suggest',
    section: purpose,
    change: { kind: 'insert', at: startAt(p1, 0), text: 'Nesten ' },
  });
  run('eier', {
    type: 'decide',
    decision: 'reject',
    which: { kind: 'one', suggestionId: rejected },
  });
  // Someone deletes the text the detached thread was about.
  plan.transact(() => p2.delete(16, 7));
  return {
    plan,
    discussion,
    focusAreaId,
    strategyId,
    ids: {
      rangeThread,
      sectionThread,
      detachedThread,
      resolvedThread,
      insertion,
      deletion,
      rejected,
    },
  };
}

const names: Record<string, string> = {
  kari: 'Kari Nordmann',
  ola: 'Ola Nordmann',
  eier: 'Eva Eier',
};

/** The export header the fixture's plan is printed with. */
export const FIXTURE_META: ExportMeta = {
  municipality: 'Asker kommune',
  planTitle: 'Temaplan for skolevei',
  versionName: null,
  status: 'Utkast',
  date: new Date('2026-03-02T10:00:00Z'),
  locale: 'nb',
};
