import type * as Y from 'yjs';
import {
  annotateSection,
  type AnnotatedThread,
  type AnnotateOptions,
} from '../../discussion/annotate';
import { sectionKey } from '../../discussion/sections';
import type { SectionRef } from '../../discussion/types';
import type { DiscussionView } from '../../discussion/view';
import type { ProblemSink } from '../../plan/schema/problems';
import { planSnapshot, type PlanSnapshot } from '../../plan/snapshot';

/** The open deliberation on a plan, as an export needs it. */
export interface PlanDiscussion {
  /**
   * Open threads section by section in reading order; threads on sections that no longer exist
   * (or whose text cannot be read) come last.
   */
  threads: AnnotatedThread[];
  /** Open suggestions on sections that exist, and how many of them the snapshot marks. */
  openSuggestions: number;
  markedSuggestions: number;
}

/** The plan's sections in reading order: purpose, then each focus area with its strategies. */
export function sectionsOf(snapshot: PlanSnapshot): SectionRef[] {
  return [
    { kind: 'purpose' },
    ...snapshot.focusAreas.flatMap((area): SectionRef[] => [
      { kind: 'item', id: area.id },
      ...area.strategies.map((strategy): SectionRef => ({ kind: 'item', id: strategy.id })),
    ]),
  ];
}

function orphan(thread: DiscussionView['threads'][number]): AnnotatedThread {
  const { id, author, createdAt, messages } = thread;
  const quote = thread.anchor.range?.quote ?? null;
  const placement = quote === null ? 'section' : 'detached';
  return { id, section: thread.anchor.section, author, createdAt, messages, placement, quote };
}

/**
 * The plan's content with the open deliberation on it, read from the same document in one go,
 * so the marks fit the text they are on: each section's body carries the marks `options` asks
 * for (see shared/discussion/annotate.ts), and the open threads are listed for the comments or
 * the appendix. With neither option the snapshot is the plain `planSnapshot`.
 */
export function discussionSnapshot(
  plan: Y.Doc,
  view: DiscussionView,
  options: AnnotateOptions,
  report?: ProblemSink,
): { snapshot: PlanSnapshot; discussion: PlanDiscussion } {
  const snapshot = planSnapshot(plan, report);
  const bodies = new Map<string, ReturnType<typeof annotateSection>>();
  for (const section of sectionsOf(snapshot)) {
    bodies.set(sectionKey(section), annotateSection(plan, section, view, options));
  }
  const bodyOf = (key: string, fallback: PlanSnapshot['purpose']) =>
    options.comments || options.suggestions ? (bodies.get(key)?.body ?? fallback) : fallback;
  const annotated: PlanSnapshot = {
    ...snapshot,
    purpose: bodyOf('purpose', snapshot.purpose),
    focusAreas: snapshot.focusAreas.map((area) => ({
      ...area,
      body: bodyOf(`item:${area.id}`, area.body),
      strategies: area.strategies.map((strategy) => ({
        ...strategy,
        body: bodyOf(`item:${strategy.id}`, strategy.body),
      })),
    })),
  };
  const sections = [...bodies.values()].filter((section) => section !== null);
  const orphans = view.threads
    .filter((thread) => thread.resolved === null && !bodies.get(sectionKey(thread.anchor.section)))
    .map(orphan);
  return {
    snapshot: annotated,
    discussion: {
      threads: [...sections.flatMap((section) => section.threads), ...orphans],
      openSuggestions: sections.reduce((sum, section) => sum + section.openSuggestions, 0),
      markedSuggestions: options.suggestions
        ? sections.reduce((sum, section) => sum + section.applicableSuggestions, 0)
        : 0,
    },
  };
}
