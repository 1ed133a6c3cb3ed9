import type * as Y from 'yjs';
import { strategiesOf } from './focusAreas';
import { orderedEntries } from './items';
import { ItemKeys, PlanKeys } from './keys';
import {
  focusAreasMap,
  municipality,
  purposeFragment,
  readFragment,
  readText,
  readTitle,
  type ItemMap,
} from './planDoc';
import { fragmentToJson, type RichNode } from './richText';
import { readProvenance, type Provenance } from './provenance';
import { describeValue, joinPath, type ProblemSink } from './schema/problems';
import { checkRichText, sanitizeRichText } from './schema/richTextShape';

export interface StrategySnapshot {
  id: string;
  /** Numbered within the plan as shown to readers, e.g. "1.2". */
  number: string;
  body: RichNode[];
  /** Set only for strategies made from a workshop result. */
  provenance?: Provenance;
}

export interface FocusAreaSnapshot {
  id: string;
  /** e.g. "1" */
  number: string;
  title: string;
  body: RichNode[];
  strategies: StrategySnapshot[];
  /** Set only for focus areas made from a workshop result. */
  provenance?: Provenance;
}

/**
 * A plan as plain, serialisable data in reading order: the one input every exporter renders
 * from, so Markdown, DOCX, PDF and HTML cannot disagree about content or numbering.
 */
export interface PlanSnapshot {
  title: string;
  municipality: string;
  purpose: RichNode[];
  focusAreas: FocusAreaSnapshot[];
}

/**
 * Rich text as the exports may render it: what the editor's schema does not know (a damaged
 * document) is unwrapped so its text is kept, and told to `report`.
 */
function readRich(fragment: Y.XmlFragment, path: string, report?: ProblemSink): RichNode[] {
  const blocks = fragmentToJson(fragment);
  let fits = true;
  checkRichText(fragment, path, (problem) => {
    fits = false;
    report?.(problem);
  });
  return fits ? blocks : sanitizeRichText(blocks);
}

/** A field that should be rich text: its blocks, or none (told to `report`) when it is not. */
function readBody(map: ItemMap, path: string, report?: ProblemSink): RichNode[] {
  const body = readFragment(map);
  if (body) return readRich(body, joinPath(path, ItemKeys.body), report);
  report?.({
    path: joinPath(path, ItemKeys.body),
    message: `skipped: ${describeValue(map.get(ItemKeys.body))}, not rich text`,
  });
  return [];
}

function readAreaTitle(map: ItemMap, path: string, report?: ProblemSink): string {
  const title = readText(map, ItemKeys.title);
  if (title) return title.toString();
  const value = map.get(ItemKeys.title);
  report?.({
    path: joinPath(path, ItemKeys.title),
    message: `expected Y.Text, found ${describeValue(value)}`,
  });
  // A title written as a plain string is still the title people meant.
  return typeof value === 'string' ? value : '';
}

function strategySnapshots(
  area: ItemMap,
  areaPath: string,
  number: string,
  report?: ProblemSink,
): StrategySnapshot[] {
  const path = joinPath(areaPath, ItemKeys.strategies);
  const strategies = strategiesOf(area);
  if (!strategies) {
    if (area.has(ItemKeys.strategies))
      report?.({
        path,
        message: `skipped: ${describeValue(area.get(ItemKeys.strategies))}, not Y.Map`,
      });
    return [];
  }
  return orderedEntries(strategies, report, path).map((entry, index) => {
    const origin = readProvenance(entry.map);
    return {
      id: entry.id,
      number: `${number}.${index + 1}`,
      body: readBody(entry.map, joinPath(path, entry.id), report),
      ...(origin ? { provenance: origin } : {}),
    };
  });
}

/**
 * Reads any document, however damaged: what does not fit the plan's shape is skipped or read
 * as well as it can be (a title stored as a string, rich text with unknown nodes), each told to
 * `report`, so one bad edit cannot stop a plan from being exported, compared or restored.
 */
export function planSnapshot(doc: Y.Doc, report?: ProblemSink): PlanSnapshot {
  return {
    title: readTitle(doc),
    municipality: municipality(doc),
    purpose: readRich(purposeFragment(doc), PlanKeys.purpose, report),
    focusAreas: orderedEntries(focusAreasMap(doc), report, PlanKeys.focusAreas).map(
      (entry, areaIndex) => {
        const number = String(areaIndex + 1);
        const path = joinPath(PlanKeys.focusAreas, entry.id);
        const areaOrigin = readProvenance(entry.map);
        return {
          id: entry.id,
          number,
          title: readAreaTitle(entry.map, path, report),
          body: readBody(entry.map, path, report),
          strategies: strategySnapshots(entry.map, path, number, report),
          ...(areaOrigin ? { provenance: areaOrigin } : {}),
        };
      },
    ),
  };
}
