import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { sectionKey } from '../../../shared/discussion/sections';
import type { SectionRef } from '../../../shared/discussion/types';
import { listFocusAreas } from '../../../shared/plan/focusAreas';
import { listStrategies } from '../../../shared/plan/strategies';

export interface SectionEntry {
  section: SectionRef;
  key: string;
  /** "Formål", a focus area's title ("Innsatsområde 2" while untitled), "Strategi 1.2". */
  label: string;
}

/** The plan's sections in document order, named as the editor names them. */
export interface SectionDirectory {
  order: string[];
  byKey: ReadonlyMap<string, SectionEntry>;
}

export function sectionDirectory(doc: Y.Doc, t: TFunction): SectionDirectory {
  const entries: SectionEntry[] = [{ section: { kind: 'purpose' }, key: 'purpose', label: t('discussion.sections.purpose') }];
  listFocusAreas(doc).forEach((area, areaIndex) => {
    const number = areaIndex + 1;
    const title = area.title.toString().trim();
    const areaRef: SectionRef = { kind: 'item', id: area.id };
    entries.push({ section: areaRef, key: sectionKey(areaRef), label: title || t('discussion.sections.untitledFocusArea', { number }) });
    listStrategies(doc, area.id).forEach((strategy, strategyIndex) => {
      const ref: SectionRef = { kind: 'item', id: strategy.id };
      entries.push({ section: ref, key: sectionKey(ref), label: t('discussion.sections.strategy', { number: `${number}.${strategyIndex + 1}` }) });
    });
  });
  return { order: entries.map((entry) => entry.key), byKey: new Map(entries.map((entry) => [entry.key, entry])) };
}

/** A section's name, or words saying it was deleted from the plan. */
export function sectionLabel(directory: SectionDirectory, section: SectionRef, t: TFunction): string {
  return directory.byKey.get(sectionKey(section))?.label ?? t('discussion.sections.deleted');
}
