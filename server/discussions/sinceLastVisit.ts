import {
  SINCE_LAST_VISIT_LIST_LIMIT,
  type ChangedSection,
  type SinceLastVisitResponse,
} from '../../shared/api/discussion';
import type { DiscussionView } from '../../shared/discussion/view';
import { richToPlainText } from '../../shared/plan/richText';
import type { PlanSnapshot } from '../../shared/plan/snapshot';

export interface SinceLastVisitInput {
  /** When the asker's previous visit started; null on their first. */
  lastVisitAt: number | null;
  /** The asker's person id (`personIdOf`). */
  me: string;
  /** Whether the asker may accept or reject suggestions now (`mayDecide`). */
  mayDecide: boolean;
  discussion: DiscussionView;
  /** Section key → editors since the previous visit (`editLog.editorsBetween`). */
  editors: ReadonlyMap<string, readonly string[]>;
  /** The live plan, to place and name the sections; null when no section changed (so none to place). */
  plan: PlanSnapshot | null;
  limit?: number;
}

const EXCERPT = 80;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat;
}

/** Every section of the plan in reading order, as the edit log keys them. */
function planSections(plan: PlanSnapshot): Map<string, Omit<ChangedSection, 'editors'>> {
  const sections = new Map<string, Omit<ChangedSection, 'editors'>>();
  const plain = (sectionKey: string, kind: 'title' | 'municipality' | 'purpose') =>
    sections.set(sectionKey, { sectionKey, kind, section: kind === 'purpose' ? { kind: 'purpose' } : null, number: null, title: '', removed: false });
  plain('title', 'title');
  plain('municipality', 'municipality');
  plain('purpose', 'purpose');
  for (const area of plan.focusAreas) {
    const key = `area:${area.id}`;
    sections.set(key, { sectionKey: key, kind: 'area', section: { kind: 'item', id: area.id }, number: area.number, title: excerpt(area.title), removed: false });
    for (const strategy of area.strategies) {
      const key = `strategy:${area.id}/${strategy.id}`;
      sections.set(key, {
        sectionKey: key,
        kind: 'strategy',
        section: { kind: 'item', id: strategy.id },
        number: strategy.number,
        title: excerpt(richToPlainText(strategy.body)),
        removed: false,
      });
    }
  }
  return sections;
}

/** A section no longer in the plan, from its key alone; null for keys that name no section. */
function removedSection(sectionKey: string): Omit<ChangedSection, 'editors'> | null {
  const area = /^area:([^/]+)$/.exec(sectionKey);
  if (area) return { sectionKey, kind: 'area', section: { kind: 'item', id: area[1]! }, number: null, title: '', removed: true };
  const strategy = /^strategy:[^/]+\/([^/]+)$/.exec(sectionKey);
  if (strategy) return { sectionKey, kind: 'strategy', section: { kind: 'item', id: strategy[1]! }, number: null, title: '', removed: true };
  return null;
}

/** Changed sections in plan order, the removed after them (in the order they were first edited). */
export function changedSections(editors: ReadonlyMap<string, readonly string[]>, plan: PlanSnapshot | null): ChangedSection[] {
  if (editors.size === 0) return [];
  const inPlan: ChangedSection[] = [];
  for (const [key, section] of planSections(plan ?? { title: '', municipality: '', purpose: [], focusAreas: [] })) {
    const names = editors.get(key);
    if (names && names.length > 0) inPlan.push({ ...section, editors: [...names] });
  }
  const known = new Set(inPlan.map((s) => s.sectionKey));
  const removed: ChangedSection[] = [];
  for (const [key, names] of editors) {
    const section = known.has(key) ? null : removedSection(key);
    if (section && names.length > 0) removed.push({ ...section, editors: [...names] });
  }
  return [...inPlan, ...removed];
}

const newestFirst = <T extends { at: number; id: string }>(a: T, b: T) => b.at - a.at || (a.id < b.id ? -1 : 1);

/**
 * What the asker has not seen since their previous visit: changed sections, threads and replies
 * by others, suggestions waiting for their decision and their own suggestions decided by others.
 */
export function sinceLastVisit(input: SinceLastVisitInput): SinceLastVisitResponse {
  const { lastVisitAt: since, me, discussion } = input;
  const limit = input.limit ?? SINCE_LAST_VISIT_LIST_LIMIT;
  const after = (at: number) => since !== null && at > since;

  const sections = since === null ? [] : changedSections(input.editors, input.plan);

  const threads = discussion.threads.filter((t) => after(t.createdAt) && t.author.id !== me);
  const newThreads = threads
    .map((t) => ({ at: t.createdAt, id: t.id, entry: { threadId: t.id, section: t.anchor.section, author: t.author } }))
    .sort(newestFirst);

  const replies: { at: number; id: string; entry: { threadId: string; count: number } }[] = [];
  for (const thread of discussion.threads) {
    if (since === null || thread.createdAt > since) continue;
    const fresh = thread.messages.filter((m) => after(m.createdAt) && m.author.id !== me && m.deletedAt === null);
    if (fresh.length === 0) continue;
    const at = Math.max(...fresh.map((m) => m.createdAt));
    replies.push({ at, id: thread.id, entry: { threadId: thread.id, count: fresh.length } });
  }
  replies.sort(newestFirst);

  const waiting = input.mayDecide
    ? discussion.suggestions
        .filter((s) => s.status === 'open' && s.author.id !== me)
        .map((s) => ({ at: s.createdAt, id: s.id, entry: { suggestionId: s.id, section: s.section, author: s.author } }))
        .sort(newestFirst)
    : [];

  const decided: { at: number; id: string; entry: SinceLastVisitResponse['ownSuggestionsDecided'][number] }[] = [];
  for (const s of discussion.suggestions) {
    // A withdrawal is the author's own decision: nothing to tell them.
    if (s.author.id !== me || s.status === 'open' || !s.decided || s.decided.by.id === me || !after(s.decided.at)) continue;
    decided.push({ at: s.decided.at, id: s.id, entry: { suggestionId: s.id, status: s.status, by: s.decided.by } });
  }
  decided.sort(newestFirst);

  const cut = <T>(list: readonly { entry: T }[]) => list.slice(0, limit).map((item) => item.entry);
  return {
    lastVisitAt: since,
    sections: sections.slice(0, limit),
    newThreads: cut(newThreads),
    newReplies: cut(replies),
    suggestionsWaiting: cut(waiting),
    ownSuggestionsDecided: cut(decided),
    totals: {
      sections: sections.length,
      newThreads: newThreads.length,
      newReplies: replies.length,
      suggestionsWaiting: waiting.length,
      ownSuggestionsDecided: decided.length,
    },
  };
}
