import type { InputChannel, InputStatus, SubmitterKind } from '../../api/inputs';
import type { ExportLocale } from '../labels';

/**
 * The words of the høringsoppsummering and the CSV of all input, in the document's language.
 * `{…}` placeholders are replaced where used.
 */
export interface SummaryLabels {
  /** Document title for one consultation, and for all input of a plan. */
  consultationTitle: string;
  allInputTitle: string;
  /** Title page fields. */
  plan: string;
  consultation: string;
  period: string;
  inputCount: string;
  date: string;
  /** The section for input on the plan as a whole (and input whose part is not in this version). */
  wholePlan: string;
  /** The first section: what the document is and how it is ordered. */
  aboutTitle: string;
  about: string;
  noInput: string;
  /** Before the parts of one input. */
  received: string;
  summaryLabel: string;
  quoteLabel: string;
  assessmentLabel: string;
  notAssessed: string;
  changeLabel: string;
  noChange: string;
  /** A changed section the current plan does not have. */
  sectionGone: string;
  /** Input on a part of the plan that is not in the consulted version. */
  aimedAt: string;
  /** Inputs marked as duplicates of this one, and an input whose original is not in the summary. */
  duplicatesLabel: string;
  duplicateOfLabel: string;
  /** The appendix of who gave input. */
  sendersTitle: string;
  sender: string;
  submitterKind: string;
  count: string;
  total: string;
  countsTitle: string;
  kinds: Record<SubmitterKind, string>;
  /** A resident who did not agree to show their name, or whose name was deleted. */
  anonymousResident: string;
  /** CSV columns and words; `fileName` starts the download's name. */
  csv: {
    fileName: string;
    reference: string;
    received: string;
    channel: string;
    section: string;
    submitterKind: string;
    organisation: string;
    name: string;
    email: string;
    status: string;
    tags: string;
    duplicateOf: string;
    summary: string;
    assessment: string;
    changeSection: string;
    channels: Record<InputChannel, string>;
    statuses: Record<InputStatus, string>;
  };
}

const labels: Record<ExportLocale, SummaryLabels> = {
  nb: {
    consultationTitle: 'Høringsoppsummering',
    allInputTitle: 'Oppsummering av innspill',
    plan: 'Plan',
    consultation: 'Høring',
    period: 'Høringsperiode',
    inputCount: 'Antall innspill',
    date: 'Dato',
    wholePlan: 'Hele planen',
    aboutTitle: 'Om oppsummeringen',
    about:
      'Innspillene er ordnet etter den delen av planen de gjelder. For hvert innspill står saksbehandlerens sammendrag, et utdrag av innspillet, kommunedirektørens vurdering og endringen det førte til. Sitatene kan være forkortet; hele innspillene ligger i saken. Vedlegget viser hvem som har sendt innspill.',
    noInput: 'Det kom ingen innspill.',
    received: 'mottatt',
    summaryLabel: 'Sammendrag',
    quoteLabel: 'Fra innspillet',
    assessmentLabel: 'Kommunedirektørens vurdering',
    notAssessed: 'Ikke vurdert ennå.',
    changeLabel: 'Endring i planen',
    noChange: 'Ingen endring.',
    sectionGone: 'en del som ikke lenger er i planen',
    aimedAt: 'Gjaldt {section}, som ikke er med i denne versjonen.',
    duplicatesLabel: 'Likelydende innspill',
    duplicateOfLabel: 'Likelydende med',
    sendersTitle: 'Innspill fra',
    sender: 'Fra',
    submitterKind: 'Avsender',
    count: 'Antall innspill',
    total: 'Totalt',
    countsTitle: 'Antall innspill per avsender',
    kinds: {
      resident: 'Innbygger',
      association: 'Lag eller forening',
      'public-body': 'Offentlig instans',
      other: 'Annen avsender',
    },
    anonymousResident: 'Innbygger',
    csv: {
      fileName: 'innspill',
      reference: 'Referanse',
      received: 'Mottatt',
      channel: 'Kanal',
      section: 'Gjelder',
      submitterKind: 'Avsender',
      organisation: 'Organisasjon',
      name: 'Navn',
      email: 'E-post',
      status: 'Status',
      tags: 'Stikkord',
      duplicateOf: 'Likelydende med',
      summary: 'Sammendrag',
      assessment: 'Kommunedirektørens vurdering',
      changeSection: 'Endring i planen',
      channels: { web: 'Nettskjema', email: 'E-post', letter: 'Brev', workshop: 'Verksted' },
      statuses: { new: 'Ny', 'in-progress': 'Under arbeid', assessed: 'Vurdert' },
    },
  },
  nn: {
    consultationTitle: 'Høyringsoppsummering',
    allInputTitle: 'Oppsummering av innspel',
    plan: 'Plan',
    consultation: 'Høyring',
    period: 'Høyringsperiode',
    inputCount: 'Tal på innspel',
    date: 'Dato',
    wholePlan: 'Heile planen',
    aboutTitle: 'Om oppsummeringa',
    about:
      'Innspela er ordna etter den delen av planen dei gjeld. For kvart innspel står sakshandsamaren sitt samandrag, eit utdrag av innspelet, kommunedirektøren si vurdering og endringa det førte til. Sitata kan vere forkorta; heile innspela ligg i saka. Vedlegget viser kven som har sendt innspel.',
    noInput: 'Det kom ingen innspel.',
    received: 'motteke',
    summaryLabel: 'Samandrag',
    quoteLabel: 'Frå innspelet',
    assessmentLabel: 'Kommunedirektøren si vurdering',
    notAssessed: 'Ikkje vurdert enno.',
    changeLabel: 'Endring i planen',
    noChange: 'Inga endring.',
    sectionGone: 'ein del som ikkje lenger er i planen',
    aimedAt: 'Galdt {section}, som ikkje er med i denne versjonen.',
    duplicatesLabel: 'Likelydande innspel',
    duplicateOfLabel: 'Likelydande med',
    sendersTitle: 'Innspel frå',
    sender: 'Frå',
    submitterKind: 'Avsendar',
    count: 'Tal på innspel',
    total: 'Totalt',
    countsTitle: 'Tal på innspel per avsendar',
    kinds: {
      resident: 'Innbyggjar',
      association: 'Lag eller foreining',
      'public-body': 'Offentleg instans',
      other: 'Annan avsendar',
    },
    anonymousResident: 'Innbyggjar',
    csv: {
      fileName: 'innspel',
      reference: 'Referanse',
      received: 'Motteke',
      channel: 'Kanal',
      section: 'Gjeld',
      submitterKind: 'Avsendar',
      organisation: 'Organisasjon',
      name: 'Namn',
      email: 'E-post',
      status: 'Status',
      tags: 'Stikkord',
      duplicateOf: 'Likelydande med',
      summary: 'Samandrag',
      assessment: 'Kommunedirektøren si vurdering',
      changeSection: 'Endring i planen',
      channels: { web: 'Nettskjema', email: 'E-post', letter: 'Brev', workshop: 'Verkstad' },
      statuses: { new: 'Ny', 'in-progress': 'Under arbeid', assessed: 'Vurdert' },
    },
  },
  en: {
    consultationTitle: 'Consultation summary',
    allInputTitle: 'Summary of input',
    plan: 'Plan',
    consultation: 'Consultation',
    period: 'Consultation period',
    inputCount: 'Inputs',
    date: 'Date',
    wholePlan: 'The whole plan',
    aboutTitle: 'About this summary',
    about:
      "The input is ordered by the part of the plan it is about. Each input has the case officer's summary, an extract of the input, the chief municipal executive's assessment and the change it led to. Quotes may be shortened; the full input is in the case file. The appendix lists who sent input.",
    noInput: 'No input was received.',
    received: 'received',
    summaryLabel: 'Summary',
    quoteLabel: 'From the input',
    assessmentLabel: "Chief municipal executive's assessment",
    notAssessed: 'Not assessed yet.',
    changeLabel: 'Change to the plan',
    noChange: 'No change.',
    sectionGone: 'a part no longer in the plan',
    aimedAt: 'About {section}, which is not in this version.',
    duplicatesLabel: 'Identical input',
    duplicateOfLabel: 'Identical to',
    sendersTitle: 'Input from',
    sender: 'From',
    submitterKind: 'Submitter',
    count: 'Inputs',
    total: 'Total',
    countsTitle: 'Inputs by submitter',
    kinds: {
      resident: 'Resident',
      association: 'Association or team',
      'public-body': 'Public body',
      other: 'Other',
    },
    anonymousResident: 'Resident',
    csv: {
      fileName: 'input',
      reference: 'Reference',
      received: 'Received',
      channel: 'Channel',
      section: 'About',
      submitterKind: 'Submitter',
      organisation: 'Organisation',
      name: 'Name',
      email: 'E-mail',
      status: 'Status',
      tags: 'Tags',
      duplicateOf: 'Identical to',
      summary: 'Summary',
      assessment: "Chief municipal executive's assessment",
      changeSection: 'Change to the plan',
      channels: { web: 'Web form', email: 'E-mail', letter: 'Letter', workshop: 'Workshop' },
      statuses: { new: 'New', 'in-progress': 'In progress', assessed: 'Assessed' },
    },
  },
};

export function summaryLabels(locale: ExportLocale = 'nb'): SummaryLabels {
  return labels[locale];
}
