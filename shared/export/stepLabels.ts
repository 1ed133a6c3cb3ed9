import type { ProcessStep } from '../api/versions';
import type { ExportLocale } from './labels';

/** The political steps as the case file names them, used as a document's status. */
const STEP_LABELS: Record<ExportLocale, Record<ProcessStep | 'draft', string>> = {
  nb: {
    draft: 'Utkast',
    drafting: 'Utarbeidelse',
    'first-reading': 'Til førstegangsbehandling',
    consultation: 'Til høring',
    'second-reading': 'Til annengangsbehandling',
    adopted: 'Vedtatt',
  },
  nn: {
    draft: 'Utkast',
    drafting: 'Utarbeiding',
    'first-reading': 'Til førstegongshandsaming',
    consultation: 'Til høyring',
    'second-reading': 'Til andregongshandsaming',
    adopted: 'Vedteken',
  },
  en: {
    draft: 'Draft',
    drafting: 'Drafting',
    'first-reading': 'For first reading',
    consultation: 'For public consultation',
    'second-reading': 'For second reading',
    adopted: 'Adopted',
  },
};

export function stepLabel(step: ProcessStep | 'draft', locale: ExportLocale): string {
  return STEP_LABELS[locale][step];
}
