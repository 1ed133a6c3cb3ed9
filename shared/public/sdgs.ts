/**
 * The UN's 17 Sustainable Development Goals, built in: a master plan's goals point at one of them
 * by number. Names as the UN's Norwegian pages (FN-sambandet) give them, in both written
 * standards, and in English; kept here (not in the client's i18n) because exports print them too.
 */
export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgNumber = (typeof SDG_NUMBERS)[number];

export type SdgLanguage = 'nb' | 'nn' | 'en';

const NAMES: Record<SdgNumber, Record<SdgLanguage, string>> = {
  1: { nb: 'Utrydde fattigdom', nn: 'Utrydde fattigdom', en: 'No poverty' },
  2: { nb: 'Utrydde sult', nn: 'Utrydde svolt', en: 'Zero hunger' },
  3: { nb: 'God helse og livskvalitet', nn: 'God helse og livskvalitet', en: 'Good health and well-being' },
  4: { nb: 'God utdanning', nn: 'God utdanning', en: 'Quality education' },
  5: { nb: 'Likestilling mellom kjønnene', nn: 'Likestilling mellom kjønna', en: 'Gender equality' },
  6: { nb: 'Rent vann og gode sanitærforhold', nn: 'Reint vatn og gode sanitærforhold', en: 'Clean water and sanitation' },
  7: { nb: 'Ren energi for alle', nn: 'Rein energi til alle', en: 'Affordable and clean energy' },
  8: { nb: 'Anstendig arbeid og økonomisk vekst', nn: 'Anstendig arbeid og økonomisk vekst', en: 'Decent work and economic growth' },
  9: { nb: 'Innovasjon og infrastruktur', nn: 'Innovasjon og infrastruktur', en: 'Industry, innovation and infrastructure' },
  10: { nb: 'Mindre ulikhet', nn: 'Mindre ulikskap', en: 'Reduced inequalities' },
  11: { nb: 'Bærekraftige byer og lokalsamfunn', nn: 'Berekraftige byar og lokalsamfunn', en: 'Sustainable cities and communities' },
  12: { nb: 'Ansvarlig forbruk og produksjon', nn: 'Ansvarleg forbruk og produksjon', en: 'Responsible consumption and production' },
  13: { nb: 'Stoppe klimaendringene', nn: 'Stoppe klimaendringane', en: 'Climate action' },
  14: { nb: 'Livet i havet', nn: 'Livet i havet', en: 'Life below water' },
  15: { nb: 'Livet på land', nn: 'Livet på land', en: 'Life on land' },
  16: {
    nb: 'Fred, rettferdighet og velfungerende institusjoner',
    nn: 'Fred, rettferd og velfungerande institusjonar',
    en: 'Peace, justice and strong institutions',
  },
  17: { nb: 'Samarbeid for å nå målene', nn: 'Samarbeid for å nå måla', en: 'Partnerships for the goals' },
};

export function isSdgNumber(value: unknown): value is SdgNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 17;
}

export function sdgName(sdg: SdgNumber, language: SdgLanguage): string {
  return NAMES[sdg][language];
}
