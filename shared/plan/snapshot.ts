import type * as Y from 'yjs';
import { listFocusAreas } from './focusAreas';
import { municipality, purposeFragment, readTitle } from './planDoc';
import { fragmentToJson, type RichNode } from './richText';
import { listStrategies } from './strategies';

export interface StrategySnapshot {
  id: string;
  /** Numbered within the plan as shown to readers, e.g. "1.2". */
  number: string;
  body: RichNode[];
}

export interface FocusAreaSnapshot {
  id: string;
  /** e.g. "1" */
  number: string;
  title: string;
  body: RichNode[];
  strategies: StrategySnapshot[];
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

export function planSnapshot(doc: Y.Doc): PlanSnapshot {
  return {
    title: readTitle(doc),
    municipality: municipality(doc),
    purpose: fragmentToJson(purposeFragment(doc)),
    focusAreas: listFocusAreas(doc).map((area, areaIndex) => {
      const number = String(areaIndex + 1);
      return {
        id: area.id,
        number,
        title: area.title.toString(),
        body: fragmentToJson(area.body),
        strategies: listStrategies(doc, area.id).map((strategy, strategyIndex) => ({
          id: strategy.id,
          number: `${number}.${strategyIndex + 1}`,
          body: fragmentToJson(strategy.body),
        })),
      };
    }),
  };
}
