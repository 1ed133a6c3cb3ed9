import type * as Y from 'yjs';
import { listFocusAreas, strategiesOf } from './focusAreas';
import { focusAreasMap, municipality, purposeFragment, readTitle } from './planDoc';
import { fragmentToJson, type RichNode } from './richText';
import { listStrategies } from './strategies';
import { readProvenance, type Provenance } from './provenance';

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

export function planSnapshot(doc: Y.Doc): PlanSnapshot {
  return {
    title: readTitle(doc),
    municipality: municipality(doc),
    purpose: fragmentToJson(purposeFragment(doc)),
    focusAreas: listFocusAreas(doc).map((area, areaIndex) => {
      const number = String(areaIndex + 1);
      const areaMap = focusAreasMap(doc).get(area.id);
      const areaOrigin = areaMap ? readProvenance(areaMap) : null;
      return {
        id: area.id,
        number,
        title: area.title.toString(),
        body: fragmentToJson(area.body),
        strategies: listStrategies(doc, area.id).map((strategy, strategyIndex) => {
          const strategyMap = areaMap ? strategiesOf(areaMap).get(strategy.id) : undefined;
          const origin = strategyMap ? readProvenance(strategyMap) : null;
          return {
            id: strategy.id,
            number: `${number}.${strategyIndex + 1}`,
            body: fragmentToJson(strategy.body),
            ...(origin ? { provenance: origin } : {}),
          };
        }),
        ...(areaOrigin ? { provenance: areaOrigin } : {}),
      };
    }),
  };
}
