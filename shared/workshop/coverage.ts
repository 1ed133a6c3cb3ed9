import { associationKey } from '../api/associations';
import { compareNorwegian } from '../text/norwegianOrder';

/**
 * Which associations took part in which workshops of a plan: the owner's coverage view. Pure,
 * computed on the server from each workshop's participant list; only names of associations and
 * counts come out, never who took part.
 */

export interface CoverageWorkshopInput {
  id: string;
  title: string;
  /** Everyone in the workshop's participant list, as recorded when they joined. */
  participants: readonly { association: string | null; removed: boolean; facilitator: boolean }[];
}

export interface CoverageRow {
  /** The name from the list, or the first spelling seen of a free-text association. */
  name: string;
  /** On the owner's list (false: written in by participants). */
  listed: boolean;
  /** Participants per workshop, in the order of `workshops`. */
  counts: number[];
  total: number;
}

export interface Coverage {
  workshops: { id: string; title: string; participants: number }[];
  /** Listed associations first (in list order), then free-text ones by name. */
  rows: CoverageRow[];
  /** Participants who gave no association, per workshop. */
  unaffiliated: number[];
  /** Listed associations nobody has come from yet. */
  notReached: string[];
}

/**
 * Counts participants per association and workshop. Facilitators are hosts, not participants,
 * and people the facilitator removed are left out. A written-in association that matches a
 * listed one except for case and spacing counts for the listed one.
 */
export function computeCoverage(
  associations: readonly string[],
  workshops: readonly CoverageWorkshopInput[],
): Coverage {
  const rows = new Map<string, CoverageRow>();
  const blankCounts = () => workshops.map(() => 0);
  for (const name of associations) {
    const key = associationKey(name);
    if (!rows.has(key)) rows.set(key, { name, listed: true, counts: blankCounts(), total: 0 });
  }
  const unaffiliated = blankCounts();
  const sizes = blankCounts();
  workshops.forEach((workshop, column) => {
    for (const person of workshop.participants) {
      if (person.removed || person.facilitator) continue;
      sizes[column] = (sizes[column] ?? 0) + 1;
      const name = person.association?.replace(/\s+/g, ' ').trim() ?? '';
      if (!name) {
        unaffiliated[column] = (unaffiliated[column] ?? 0) + 1;
        continue;
      }
      const key = associationKey(name);
      let row = rows.get(key);
      if (!row) {
        row = { name, listed: false, counts: blankCounts(), total: 0 };
        rows.set(key, row);
      }
      row.counts[column] = (row.counts[column] ?? 0) + 1;
      row.total++;
    }
  });
  const all = [...rows.values()];
  const listed = all.filter((row) => row.listed);
  const written = all.filter((row) => !row.listed).sort((a, b) => compareNorwegian(a.name, b.name));
  return {
    workshops: workshops.map((workshop, column) => ({ id: workshop.id, title: workshop.title, participants: sizes[column] ?? 0 })),
    rows: [...listed, ...written],
    unaffiliated,
    notReached: listed.filter((row) => row.total === 0).map((row) => row.name),
  };
}
