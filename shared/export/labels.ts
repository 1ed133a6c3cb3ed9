export type ExportLocale = 'nb' | 'nn' | 'en';

/** The words an exported plan adds around its content, in the plan's language. */
export interface ExportLabels {
  locale: ExportLocale;
  purpose: string;
  focusArea: string;
  strategy: string;
  untitled: string;
}

const labels: Record<ExportLocale, ExportLabels> = {
  nb: {
    locale: 'nb',
    purpose: 'Formål',
    focusArea: 'Innsatsområde',
    strategy: 'Strategi',
    untitled: 'Uten tittel',
  },
  nn: {
    locale: 'nn',
    purpose: 'Føremål',
    focusArea: 'Innsatsområde',
    strategy: 'Strategi',
    untitled: 'Utan tittel',
  },
  en: {
    locale: 'en',
    purpose: 'Purpose',
    focusArea: 'Focus area',
    strategy: 'Strategy',
    untitled: 'Untitled',
  },
};

export function exportLabels(locale: ExportLocale = 'nb'): ExportLabels {
  return labels[locale];
}
