import { fetchPlanSections } from '../http/sectionsApi';
import { useResource } from '../http/useResource';
import type { SectionOption } from './sections';

const WHOLE_PLAN: readonly SectionOption[] = [{ key: 'plan', kind: 'plan' }];

/**
 * The current draft's sections, to pick what an input is about or what it changed; until they
 * arrive (or if they cannot), the whole plan is the only choice.
 */
export function usePlanSections(planId: string): readonly SectionOption[] {
  const { resource } = useResource(`sections:${planId}`, (signal) =>
    fetchPlanSections(planId, signal),
  );
  return resource.state === 'ready' ? resource.data : WHOLE_PLAN;
}
