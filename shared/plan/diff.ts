import { matchOrdered } from './orderDiff';
import { richToPlainText, type RichNode } from './richText';
import type { FocusAreaSnapshot, PlanSnapshot, StrategySnapshot } from './snapshot';
import { diffWords, type DiffSegment } from './wordDiff';

export type { DiffSegment } from './wordDiff';

/** One text compared: whether it differs, and the word-level runs to show. */
export interface TextDiff {
  /**
   * For rich text, true also when only formatting changed (bold, a heading level): the
   * segments then show no added or removed words, but the text did change.
   */
  changed: boolean;
  segments: DiffSegment[];
}

export type ItemStatus = 'added' | 'removed' | 'kept';

interface ItemDiffBase {
  id: string;
  status: ItemStatus;
  /** Kept, and its place among its siblings changed. */
  moved: boolean;
  /** Kept, and its title or text changed (for a focus area: not counting its strategies). */
  changed: boolean;
  /** Numbers as readers saw them in each version ("1.2"), null where it does not exist. */
  numberBefore: string | null;
  numberAfter: string | null;
  body: TextDiff;
}

export type StrategyDiff = ItemDiffBase;

export interface FocusAreaDiff extends ItemDiffBase {
  title: TextDiff;
  /** In the newer order, removed ones where they used to be. */
  strategies: StrategyDiff[];
}

export interface PlanDiff {
  /** Anything at all differs (texts, formatting, items, order). */
  changed: boolean;
  title: TextDiff;
  municipality: TextDiff;
  purpose: TextDiff;
  /** In the newer order, removed ones where they used to be. */
  focusAreas: FocusAreaDiff[];
}

export function diffPlain(before: string, after: string): TextDiff {
  return { changed: before !== after, segments: diffWords(before, after) };
}

export function diffRich(before: readonly RichNode[], after: readonly RichNode[]): TextDiff {
  return {
    changed: JSON.stringify(before) !== JSON.stringify(after),
    segments: diffWords(richToPlainText(before), richToPlainText(after)),
  };
}

const NO_BODY: readonly RichNode[] = [];

function diffStrategy(
  before: StrategySnapshot | null,
  after: StrategySnapshot | null,
  moved: boolean,
): StrategyDiff {
  const body = diffRich(before?.body ?? NO_BODY, after?.body ?? NO_BODY);
  const status: ItemStatus = before && after ? 'kept' : after ? 'added' : 'removed';
  return {
    id: (after ?? before)?.id ?? '',
    status,
    moved,
    changed: status === 'kept' && body.changed,
    numberBefore: before?.number ?? null,
    numberAfter: after?.number ?? null,
    body,
  };
}

function diffFocusArea(
  before: FocusAreaSnapshot | null,
  after: FocusAreaSnapshot | null,
  moved: boolean,
): FocusAreaDiff {
  const title = diffPlain(before?.title ?? '', after?.title ?? '');
  const body = diffRich(before?.body ?? NO_BODY, after?.body ?? NO_BODY);
  const status: ItemStatus = before && after ? 'kept' : after ? 'added' : 'removed';
  const strategies = matchOrdered(before?.strategies ?? [], after?.strategies ?? []).map((match) =>
    diffStrategy(match.before, match.after, match.moved),
  );
  return {
    id: (after ?? before)?.id ?? '',
    status,
    moved,
    changed: status === 'kept' && (title.changed || body.changed),
    numberBefore: before?.number ?? null,
    numberAfter: after?.number ?? null,
    title,
    body,
    strategies,
  };
}

function areaDiffers(area: FocusAreaDiff): boolean {
  return (
    area.status !== 'kept' ||
    area.moved ||
    area.changed ||
    area.strategies.some(
      (strategy) => strategy.status !== 'kept' || strategy.moved || strategy.changed,
    )
  );
}

/**
 * What changed from `before` to `after`, for people comparing two versions of a plan. Items are
 * matched by id, not by title or place, so a renamed or moved focus area is the same one.
 */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanDiff {
  const title = diffPlain(before.title, after.title);
  const municipality = diffPlain(before.municipality, after.municipality);
  const purpose = diffRich(before.purpose, after.purpose);
  const focusAreas = matchOrdered(before.focusAreas, after.focusAreas).map((match) =>
    diffFocusArea(match.before, match.after, match.moved),
  );
  return {
    changed:
      title.changed || municipality.changed || purpose.changed || focusAreas.some(areaDiffers),
    title,
    municipality,
    purpose,
    focusAreas,
  };
}
