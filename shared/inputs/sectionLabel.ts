import type { SectionKey } from '../api/inputs';
import { exportLabels, type ExportLocale } from '../export/labels';
import type { PlanSnapshot } from '../plan/snapshot';

/** The whole plan as a section: the one label the export words do not have. */
const WHOLE_PLAN: Record<ExportLocale, string> = {
  nb: 'Hele planen',
  nn: 'Heile planen',
  en: 'The whole plan',
};

export type ParsedSectionKey =
  | { kind: 'plan' }
  | { kind: 'focusArea'; id: string }
  | { kind: 'strategy'; id: string };

/** `plan`, `fa:<id>` or `st:<id>`; null for anything else. */
export function parseSectionKey(key: string): ParsedSectionKey | null {
  if (key === 'plan') return { kind: 'plan' };
  const match = /^(fa|st):([A-Za-z0-9_-]{1,64})$/.exec(key);
  if (!match) return null;
  return match[1] === 'fa' ? { kind: 'focusArea', id: match[2]! } : { kind: 'strategy', id: match[2]! };
}

/** Narrows a string the schema checked (`sectionKeySchema`) to the key type. */
export function isSectionKey(key: string): key is SectionKey {
  return parseSectionKey(key) !== null;
}

/**
 * A section as people name it, numbered as the snapshot shows it: «Hele planen»,
 * «Innsatsområde 2: Møteplasser», «Strategi 2.3». Null when the key names nothing in this
 * snapshot (a focus area or strategy of another version, or one since removed).
 */
export function sectionLabel(key: string, snapshot: PlanSnapshot, locale: ExportLocale): string | null {
  const parsed = parseSectionKey(key);
  if (!parsed) return null;
  const words = exportLabels(locale);
  if (parsed.kind === 'plan') return WHOLE_PLAN[locale];
  for (const area of snapshot.focusAreas) {
    if (parsed.kind === 'focusArea' && area.id === parsed.id) {
      return `${words.focusArea} ${area.number}: ${area.title.trim() || words.untitled}`;
    }
    if (parsed.kind === 'strategy') {
      const strategy = area.strategies.find((s) => s.id === parsed.id);
      if (strategy) return `${words.strategy} ${strategy.number}`;
    }
  }
  return null;
}
