import { fetchPlanSections } from '../http/sectionsApi';

export interface FocusAreaName {
  id: string;
  /** «1», as the plan numbers it. */
  number: string;
  title: string;
}

/** The live draft's focus areas, numbered as the plan shows them. */
export async function fetchFocusAreaNames(
  planId: string,
  signal?: AbortSignal,
): Promise<FocusAreaName[]> {
  const sections = await fetchPlanSections(planId, signal);
  return sections.flatMap((section) =>
    section.kind === 'focusArea'
      ? [{ id: section.key.slice('fa:'.length), number: section.number, title: section.text }]
      : [],
  );
}
