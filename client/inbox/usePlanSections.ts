import { fetchComparison, LIVE } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { sectionOptions, type SectionOption } from './sections';

const WHOLE_PLAN: readonly SectionOption[] = [{ key: 'plan', kind: 'plan' }];

/**
 * The current draft's sections, to pick what an input is about or what it changed. Read through
 * the comparison of the draft with itself, the one route that gives every reader of the plan its
 * focus areas and strategies with their numbers without opening the live document; until it
 * answers (or if it cannot), the whole plan is the only choice.
 */
export function usePlanSections(planId: string): readonly SectionOption[] {
  const { resource } = useResource(`sections:${planId}`, async (signal) =>
    sectionOptions((await fetchComparison(planId, LIVE, LIVE, signal)).diff),
  );
  return resource.state === 'ready' ? resource.data : WHOLE_PLAN;
}
