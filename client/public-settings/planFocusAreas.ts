import { fetchComparison, LIVE } from '../http/versionsApi';

export interface FocusAreaName {
  id: string;
  /** «1», as the plan numbers it. */
  number: string;
  title: string;
}

/**
 * The live draft's focus areas, numbered as the plan shows them. Read through the comparison
 * route (the draft against itself), the one HTTP answer that lists the draft's focus areas
 * without opening the document over the sync connection.
 */
export async function fetchFocusAreaNames(
  planId: string,
  signal?: AbortSignal,
): Promise<FocusAreaName[]> {
  const { diff } = await fetchComparison(planId, LIVE, LIVE, signal);
  return diff.focusAreas
    .filter((area) => area.status !== 'removed')
    .map((area, index) => ({
      id: area.id,
      number: String(index + 1),
      title: area.title.segments
        .filter((segment) => segment.kind !== 'removed')
        .map((segment) => segment.text)
        .join(''),
    }));
}
