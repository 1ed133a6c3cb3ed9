export type ExportLocale = 'nb' | 'nn' | 'en';

/** The words an exported plan adds around its content, in the plan's language. */
export interface ExportLabels {
  locale: ExportLocale;
  purpose: string;
  focusArea: string;
  strategy: string;
  untitled: string;
  /** Title of the table of contents. */
  tableOfContents: string;
  /** Prefix of an appendix heading: "Vedlegg 1". */
  appendix: string;
  provenanceTitle: string;
  contributorsTitle: string;
  historyTitle: string;
  status: string;
  version: string;
  date: string;
  /** Column headings of the appendices. */
  workshop: string;
  activity: string;
  votes: string;
  contributorCount: string;
  name: string;
  association: string;
  step: string;
  /** Page numbers in print: "Side 3 av 12". */
  page: string;
  pageOf: string;
  /** Change reports. `{from}` and `{to}` are replaced by the versions' names. */
  changesTitle: string;
  /** Title page fields of a change report: the older and the newer version. */
  fromVersion: string;
  toVersion: string;
  planTitle: string;
  /** Before a renamed title in a change report. */
  titleLabel: string;
  /**
   * Status words of a changed item: a new, removed, moved or edited focus area or strategy.
   * Words, not an arrow: the PDF's embedded font has no arrow glyph.
   */
  itemAdded: string;
  itemRemoved: string;
  itemMoved: string;
  /** Renumbered only because items around it moved. */
  itemRenumbered: string;
  itemEdited: string;
  /** Spoken and printed before marked text, so the marking does not rely on colour alone. */
  textAdded: string;
  textRemoved: string;
  noChanges: string;
  /** The appendix of open comment threads (PDF, HTML). `{n}` and `{author}` are replaced. */
  commentsTitle: string;
  commentsNone: string;
  commentHeading: string;
  /** Group heading for threads on parts that were removed from the plan. */
  commentsRemovedParts: string;
  commentOnSection: string;
  /** Before the quote of a comment whose text was changed or deleted. */
  commentTextGone: string;
  commentSectionGone: string;
  messageDeleted: string;
  messageEdited: string;
  /** How many open suggestions the appendix leaves out; `{count}` is replaced. */
  openSuggestionsOne: string;
  openSuggestionsMany: string;
  /** The table of the master plan's goals the plan serves, and its columns. */
  goalsTitle: string;
  goalNumber: string;
  goalTitle: string;
  goalSdg: string;
  goalFocusAreas: string;
}

const labels: Record<ExportLocale, ExportLabels> = {
  nb: {
    locale: 'nb',
    purpose: 'Formål',
    focusArea: 'Innsatsområde',
    strategy: 'Strategi',
    untitled: 'Uten tittel',
    tableOfContents: 'Innhold',
    appendix: 'Vedlegg',
    provenanceTitle: 'Strategienes opphav i verksteder',
    contributorsTitle: 'Bidragsytere og lag og foreninger',
    historyTitle: 'Versjonshistorikk',
    status: 'Status',
    version: 'Versjon',
    date: 'Dato',
    workshop: 'Verksted',
    activity: 'Aktivitet',
    votes: 'Stemmer',
    contributorCount: 'Bidragsytere',
    name: 'Navn',
    association: 'Lag eller forening',
    step: 'Behandlingssteg',
    page: 'Side',
    pageOf: 'av',
    changesTitle: 'Endringer fra {from} til {to}',
    fromVersion: 'Fra',
    toVersion: 'Til',
    planTitle: 'Plan',
    titleLabel: 'Tittel',
    itemAdded: 'Ny',
    itemRemoved: 'Fjernet',
    itemMoved: 'Flyttet fra {from} til {to}',
    itemRenumbered: 'Nytt nummer {to}',
    itemEdited: 'Endret',
    textAdded: 'lagt til',
    textRemoved: 'fjernet',
    noChanges: 'Ingen endringer mellom de to versjonene.',
    commentsTitle: 'Åpne kommentarer',
    commentsNone: 'Planen har ingen åpne kommentarer.',
    commentHeading: 'Kommentar {n} fra {author}',
    commentsRemovedParts: 'Deler som er fjernet fra planen',
    commentOnSection: 'Gjelder hele delen.',
    commentTextGone: 'Teksten kommentaren gjaldt, er endret eller slettet',
    commentSectionGone: 'Gjelder en del som er fjernet fra planen',
    messageDeleted: 'Meldingen er slettet.',
    messageEdited: 'redigert',
    openSuggestionsOne:
      'Planen har også 1 åpent endringsforslag. Endringsforslag er med som sporede endringer i Word-eksporten.',
    openSuggestionsMany:
      'Planen har også {count} åpne endringsforslag. Endringsforslag er med som sporede endringer i Word-eksporten.',
    goalsTitle: 'Mål planen bygger på',
    goalNumber: 'Nr.',
    goalTitle: 'Mål',
    goalSdg: 'Bærekraftsmål',
    goalFocusAreas: 'Innsatsområder',
  },
  nn: {
    locale: 'nn',
    purpose: 'Føremål',
    focusArea: 'Innsatsområde',
    strategy: 'Strategi',
    untitled: 'Utan tittel',
    tableOfContents: 'Innhald',
    appendix: 'Vedlegg',
    provenanceTitle: 'Opphavet til strategiane i verkstader',
    contributorsTitle: 'Bidragsytarar og lag og foreiningar',
    historyTitle: 'Versjonshistorikk',
    status: 'Status',
    version: 'Versjon',
    date: 'Dato',
    workshop: 'Verkstad',
    activity: 'Aktivitet',
    votes: 'Røyster',
    contributorCount: 'Bidragsytarar',
    name: 'Namn',
    association: 'Lag eller foreining',
    step: 'Handsamingssteg',
    page: 'Side',
    pageOf: 'av',
    changesTitle: 'Endringar frå {from} til {to}',
    fromVersion: 'Frå',
    toVersion: 'Til',
    planTitle: 'Plan',
    titleLabel: 'Tittel',
    itemAdded: 'Ny',
    itemRemoved: 'Fjerna',
    itemMoved: 'Flytta frå {from} til {to}',
    itemRenumbered: 'Nytt nummer {to}',
    itemEdited: 'Endra',
    textAdded: 'lagt til',
    textRemoved: 'fjerna',
    noChanges: 'Ingen endringar mellom dei to versjonane.',
    commentsTitle: 'Opne kommentarar',
    commentsNone: 'Planen har ingen opne kommentarar.',
    commentHeading: 'Kommentar {n} frå {author}',
    commentsRemovedParts: 'Delar som er fjerna frå planen',
    commentOnSection: 'Gjeld heile delen.',
    commentTextGone: 'Teksten kommentaren galdt, er endra eller sletta',
    commentSectionGone: 'Gjeld ein del som er fjerna frå planen',
    messageDeleted: 'Meldinga er sletta.',
    messageEdited: 'redigert',
    openSuggestionsOne:
      'Planen har òg 1 ope endringsforslag. Endringsforslag er med som spora endringar i Word-eksporten.',
    openSuggestionsMany:
      'Planen har òg {count} opne endringsforslag. Endringsforslag er med som spora endringar i Word-eksporten.',
    goalsTitle: 'Mål planen byggjer på',
    goalNumber: 'Nr.',
    goalTitle: 'Mål',
    goalSdg: 'Berekraftsmål',
    goalFocusAreas: 'Innsatsområde',
  },
  en: {
    locale: 'en',
    purpose: 'Purpose',
    focusArea: 'Focus area',
    strategy: 'Strategy',
    untitled: 'Untitled',
    tableOfContents: 'Contents',
    appendix: 'Appendix',
    provenanceTitle: 'Origin of the strategies in workshops',
    contributorsTitle: 'Contributors and associations',
    historyTitle: 'Version history',
    status: 'Status',
    version: 'Version',
    date: 'Date',
    workshop: 'Workshop',
    activity: 'Activity',
    votes: 'Votes',
    contributorCount: 'Contributors',
    name: 'Name',
    association: 'Association',
    step: 'Step',
    page: 'Page',
    pageOf: 'of',
    changesTitle: 'Changes from {from} to {to}',
    fromVersion: 'From',
    toVersion: 'To',
    planTitle: 'Plan',
    titleLabel: 'Title',
    itemAdded: 'New',
    itemRemoved: 'Removed',
    itemMoved: 'Moved from {from} to {to}',
    itemRenumbered: 'Now {to}',
    itemEdited: 'Changed',
    textAdded: 'added',
    textRemoved: 'removed',
    noChanges: 'No changes between the two versions.',
    commentsTitle: 'Open comments',
    commentsNone: 'The plan has no open comments.',
    commentHeading: 'Comment {n} by {author}',
    commentsRemovedParts: 'Parts removed from the plan',
    commentOnSection: 'About the whole section.',
    commentTextGone: 'The text this comment was about has been changed or deleted',
    commentSectionGone: 'About a part that has been removed from the plan',
    messageDeleted: 'This message was deleted.',
    messageEdited: 'edited',
    openSuggestionsOne:
      'The plan also has 1 open suggested change. Suggested changes are included as tracked changes in the Word export.',
    openSuggestionsMany:
      'The plan also has {count} open suggested changes. Suggested changes are included as tracked changes in the Word export.',
    goalsTitle: 'Goals the plan serves',
    goalNumber: 'No.',
    goalTitle: 'Goal',
    goalSdg: 'Sustainable Development Goal',
    goalFocusAreas: 'Focus areas',
  },
};

export function exportLabels(locale: ExportLocale = 'nb'): ExportLabels {
  return labels[locale];
}
