import type { TFunction } from 'i18next';
import type { StructureChange } from '../../../shared/plan/structureChanges';
import { focusAreaName } from '../focus-areas/focusAreaName';

const KEYS = {
  strategy: {
    added: 'planStructure.strategyAdded',
    removed: 'planStructure.strategyRemoved',
    moved: 'planStructure.strategyMoved',
  },
  focusArea: {
    added: 'planStructure.focusAreaAdded',
    removed: 'planStructure.focusAreaRemoved',
    moved: 'planStructure.focusAreaMoved',
  },
} as const;

/**
 * One sentence for a batch of other people's changes to the plan's shape: the change itself when
 * there is one, a count when there are several (a list read aloud would drown the reader).
 */
export function structureMessage(changes: readonly StructureChange[], t: TFunction): string | null {
  const [only] = changes;
  if (!only) return null;
  if (changes.length > 1) return t('planStructure.many', { count: changes.length });
  const area = focusAreaName(only.areaTitle, only.areaNumber, t);
  return t(KEYS[only.what][only.kind], { area, number: only.areaNumber });
}
