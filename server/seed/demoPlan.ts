import type * as Y from 'yjs';
import { purposeFragment } from '../../shared/plan/planDoc';
import { addFocusArea, getFocusArea } from '../../shared/plan/focusAreas';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { writeParagraphs } from '../../shared/plan/richText';
import type { PlanRecord, PlanStorage } from '../storage/Storage';
import { createPlan } from '../plans/createPlan';

/**
 * The demo plan: Asker's theme plan for citizenship, with the purpose from the municipality's
 * own page and focus areas drawn from its themes. A first draft for people to try the editor on.
 */
const PURPOSE = [
  'Formålet med temaplanen for medborgerskap, er å legge til rette for at alle målgrupper kan lære hele livet, være aktive, selvstendige og oppleve mestring og livskvalitet i hverdagen, slik at de kan delta i, og ta medansvar for, samfunn og felleskap.',
  'Temaplan for medborgerskap skal beskrive hvordan Asker kommune kan motivere og tilrettelegge for at innbyggerne ønsker å delta og ta medansvar for samfunn og fellesskap.',
];

const FOCUS_AREAS: readonly { title: string; body: string; strategies: readonly string[] }[] = [
  {
    title: 'Arenaer for deltakelse og læring',
    body: 'Alle skal ha steder å møtes, lære og bidra gjennom hele livet.',
    strategies: [
      'Åpne kommunens bygg for lag, foreninger og innbyggere utenom vanlig åpningstid.',
      'Utvikle bibliotekene som lokale møteplasser for læring og deltakelse.',
    ],
  },
  {
    title: 'Infrastruktur for kultur, aktivitet og friluftsliv',
    body: 'Anlegg, turveier og kulturarenaer som er tilgjengelige for alle.',
    strategies: ['Planlegge nye anlegg sammen med brukerne, slik at de kan brukes av mange grupper.'],
  },
  {
    title: 'Frivillighet',
    body: 'Frivillige lag og foreninger er en bærebjelke i lokalsamfunnet.',
    strategies: [
      'Gjøre det enkelt å starte og drive lag og foreninger, med én dør inn til kommunen.',
      'Synliggjøre og anerkjenne frivillig innsats.',
    ],
  },
  {
    title: 'Nærdemokrati og innbyggermedvirkning',
    body: 'Innbyggerne skal kunne påvirke saker som angår dem, tidlig og på flere måter.',
    strategies: ['Prøve ut nærdemokratiske ordninger og evaluere dem sammen med følgeforskningen.'],
  },
];

export function fillDemoPlan(doc: Y.Doc): void {
  doc.transact(() => {
    writeParagraphs(purposeFragment(doc), PURPOSE);
    for (const area of FOCUS_AREAS) {
      const areaId = addFocusArea(doc, { title: area.title });
      const ref = getFocusArea(doc, areaId);
      if (ref) writeParagraphs(ref.body, [area.body]);
      for (const text of area.strategies) {
        const strategyId = addStrategy(doc, areaId);
        const strategy = listStrategies(doc, areaId).find((s) => s.id === strategyId);
        if (strategy) writeParagraphs(strategy.body, [text]);
      }
    }
  });
}

/** Seeds the demo plan into an empty database; resolves to it, or null when there were plans. */
export async function seedDemoPlan(plans: PlanStorage): Promise<PlanRecord | null> {
  if ((await plans.listPlans()).length > 0) return null;
  return createPlan(plans, { title: 'Temaplan for medborgerskap', municipality: 'Asker kommune', fill: fillDemoPlan });
}
