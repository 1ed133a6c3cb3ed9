import type * as Y from 'yjs';
import { purposeFragment, readFragment } from '../plan/planDoc';
import { findItem } from '../plan/provenance';
import type { SectionRef } from './types';

/** The rich text of a section, or null when the section does not exist (any more). */
export function sectionFragment(plan: Y.Doc, section: SectionRef): Y.XmlFragment | null {
  if (section.kind === 'purpose') return purposeFragment(plan);
  const item = findItem(plan, section.id);
  return item ? readFragment(item.map) : null;
}

/** A stable string key for a section, for grouping and counting. */
export function sectionKey(section: SectionRef): string {
  return section.kind === 'purpose' ? 'purpose' : `item:${section.id}`;
}

export function sameSection(a: SectionRef, b: SectionRef): boolean {
  return sectionKey(a) === sectionKey(b);
}
