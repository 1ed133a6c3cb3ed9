import type { InputItem, SectionKey } from '../../shared/api/inputs';

/** How many inputs, and how many nobody has started on («42 innspill, 7 nye»). */
export function inboxCounts(inputs: readonly InputItem[]): { total: number; fresh: number } {
  return { total: inputs.length, fresh: inputs.filter((input) => input.status === 'new').length };
}

/** Organisations that gave input, once each, in the reader's alphabetical order. */
export function organisationsOf(inputs: readonly InputItem[], language: string): string[] {
  const names = new Set(inputs.map((input) => input.organisation.trim()).filter(Boolean));
  return [...names].sort(new Intl.Collator(language).compare);
}

/**
 * Sections input is about, once each with the label it was given under (the newest input's,
 * as the list is newest first), in label order with numbers compared as numbers («2» < «10»).
 */
export function sectionsOf(
  inputs: readonly InputItem[],
  language: string,
): { key: SectionKey; label: string }[] {
  const labels = new Map<SectionKey, string>();
  for (const input of inputs)
    if (!labels.has(input.section)) labels.set(input.section, input.sectionLabel);
  const collator = new Intl.Collator(language, { numeric: true });
  return [...labels]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) =>
      a.key === 'plan' ? -1 : b.key === 'plan' ? 1 : collator.compare(a.label, b.label),
    );
}

/** Inputs in `next` that were not in `previous`: what arrived since the list was last read. */
export function arrivedSince(
  previous: readonly InputItem[],
  next: readonly InputItem[],
): InputItem[] {
  const known = new Set(previous.map((input) => input.id));
  return next.filter((input) => !known.has(input.id));
}
