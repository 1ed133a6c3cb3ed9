import * as Y from 'yjs';
import { z } from 'zod';
import { strategiesOf } from './focusAreas';
import { focusAreasMap, type ItemMap } from './planDoc';

/**
 * Where a focus area, strategy or comment came from: the workshop activity whose result it was
 * made from. Counts only: it never says who wrote or voted, so it may be shown to anyone who
 * reads the plan and printed in the case file.
 */
export interface Provenance {
  workshopId: string;
  workshopTitle: string;
  /** The brainstorm the notes were written in. */
  activityId: string;
  activityPrompt: string;
  /** Votes the cluster or note got in the workshop's votes (0 when never voted on). */
  votes: number;
  /** Distinct people who wrote the notes it was made from. */
  contributors: number;
  /** When it was brought into the plan, ms since the epoch. */
  createdAt: number;
}

const count = z.number().int().min(0).max(1_000_000);

/** Read back defensively: the doc is shared with every editor, so the value is not trusted. */
export const provenanceSchema = z.object({
  workshopId: z.string().max(64),
  workshopTitle: z.string().max(500),
  activityId: z.string().max(64),
  activityPrompt: z.string().max(2000),
  votes: count,
  contributors: count,
  createdAt: z.number().int().min(0),
});

/** The item map key. Stored as a plain (immutable) value: it is written once, never edited. */
export const PROVENANCE_KEY = 'provenance';

export function parseProvenance(value: unknown): Provenance | null {
  const parsed = provenanceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function readProvenance(item: ItemMap): Provenance | null {
  return parseProvenance(item.get(PROVENANCE_KEY));
}

export function setProvenance(item: ItemMap, provenance: Provenance): void {
  item.set(PROVENANCE_KEY, { ...provenance });
}

/** A focus area's or strategy's map by id, wherever it is in the plan; null when gone. */
export function findItem(doc: Y.Doc, itemId: string): { map: ItemMap; kind: 'focusArea' | 'strategy'; focusAreaId: string } | null {
  const areas = focusAreasMap(doc);
  const area: unknown = areas.get(itemId);
  if (area instanceof Y.Map) return { map: area, kind: 'focusArea', focusAreaId: itemId };
  for (const [areaId, candidate] of areas.entries()) {
    if (!(candidate instanceof Y.Map)) continue;
    const strategy: unknown = strategiesOf(candidate)?.get(itemId);
    if (strategy instanceof Y.Map) return { map: strategy, kind: 'strategy', focusAreaId: areaId };
  }
  return null;
}

/** An item's provenance by id, for screens that only know the id. */
export function provenanceOf(doc: Y.Doc, itemId: string): Provenance | null {
  const item = findItem(doc, itemId);
  return item ? readProvenance(item.map) : null;
}
