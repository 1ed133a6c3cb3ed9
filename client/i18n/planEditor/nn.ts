import type { planEditorNb } from './nb';

/** Nynorsk texts of the plan editor, its save status, errors and presence; typed against bokmål. */
export const planEditorNn: typeof planEditorNb = {
  editor: {
    loading: 'Opnar planen …',
    notFoundTitle: 'Fann ikkje planen',
    notFoundText: 'Planen finst ikkje, eller lenkja er feil.',
    toolbar: 'Lagring og deltakarar',
    menu: 'Meny',
    titleLabel: 'Tittel på planen',
    titlePlaceholder: 'Tittel på planen',
    municipality: 'Kommune: {{name}}',
    export: 'Last ned som Markdown',
    purposeHeading: 'Føremål',
    purposeLabel: 'Tekst for føremål',
    placeholder: 'Skriv her …',
    focusAreasHeading: 'Innsatsområde',
    focusAreaLabel: 'Innsatsområde {{number}}',
    focusAreaTitleLabel: 'Tittel på innsatsområde {{number}}',
    focusAreaTitlePlaceholder: 'Namn på innsatsområdet',
    focusAreaBodyLabel: 'Tekst for innsatsområde {{number}}',
    untitledFocusArea: 'innsatsområde {{number}}',
    noFocusAreas: 'Planen har ingen innsatsområde enno.',
    addFocusArea: 'Legg til innsatsområde',
    moveUp: 'Flytt «{{name}}» opp',
    moveDown: 'Flytt «{{name}}» ned',
    dragFocusArea: 'Dra for å flytte «{{name}}»',
    deleteFocusArea: 'Slett «{{name}}»',
    movedFocusArea: '«{{name}}» er flytt til plass {{position}} av {{count}}.',
    focusAreaDeleted: 'Innsatsområdet «{{name}}» vart sletta.',
    strategiesHeading: 'Strategiar',
    strategiesOf: 'Strategiar i «{{name}}»',
    strategyNumber: 'Strategi {{number}}',
    strategyLabel: 'Tekst for strategi {{number}}',
    noStrategies: 'Ingen strategiar enno.',
    addStrategy: 'Legg til strategi',
    addStrategyTo: 'Legg til strategi i «{{name}}»',
    moveStrategyUp: 'Flytt strategi {{number}} opp',
    moveStrategyDown: 'Flytt strategi {{number}} ned',
    dragStrategy: 'Dra for å flytte strategi {{number}}',
    deleteStrategy: 'Slett strategi {{number}}',
    movedStrategy: 'Strategien er no strategi {{number}}.',
    strategyDeleted: 'Strategi {{number}} vart sletta.',
    undo: 'Angre',
    undone: 'Slettinga er angra.',
    dismiss: 'Lukk meldinga',
    readOnly: 'Du kan lese denne planen, men ikkje endre han.',
    suggestOnly:
      'Eigaren tek berre imot forslag i denne planen no. Det du skriv, blir forslag som eigaren godtek eller avviser.',
    nowReadOnly: 'Rolla di er endra. No kan du berre lese planen.',
  },
  status: {
    label: 'Lagring',
    connecting: 'Koplar til …',
    syncing: 'Hentar siste versjon …',
    saving: 'Lagrar …',
    saved: 'Lagra',
    retrying: 'Kunne ikkje lagre – prøver igjen',
    offline:
      'Fråkopla — endringane dine er lagra på denne eininga og blir sende når du er på nett igjen',
    readingLabel: 'Tilkopling',
    live: 'Viser siste versjon',
    offlineReading: 'Fråkopla — viser det som sist vart henta',
  },
  errors: {
    'protocol-mismatch': 'Medverk er oppdatert. Last inn sida på nytt for å halde fram.',
    'bad-request':
      'Serveren forstod ikkje ei melding frå denne nettlesaren. Last inn sida på nytt.',
    'malformed-update': 'Serveren kunne ikkje lese ei endring. Last inn sida på nytt.',
    'message-too-large':
      'Ei endring var for stor til å lagrast. Endringa er lagra på denne eininga; del teksten opp i mindre bitar.',
    'rate-limited':
      'Mange endringar på kort tid. Vi sender dei på nytt om litt — ingenting går tapt.',
    'unknown-document': 'Fann ikkje planen på serveren.',
    'not-joined': 'Sambandet til planen vart brote. Vi koplar til på nytt.',
    'too-many-documents':
      'Du har for mange planar opne samstundes. Lukk nokre faner og last inn sida på nytt.',
    'read-only': 'Du har berre lesetilgang. Endringane dine blir ikkje lagra.',
    forbidden: 'Du har ikkje tilgang til denne planen.',
    'storage-failed':
      'Serveren klarte ikkje å lagre. Endringane dine er lagra på denne eininga og blir sende på nytt.',
    'invalid-change':
      'Ei endring frå denne nettlesaren ville ha skadd planen, så serveren avviste henne. Last inn sida på nytt for å hente den lagra planen.',
    'out-of-order':
      'Nokre endringar kom i feil rekkjefølgje. Vi sender dei på nytt — ingenting går tapt.',
    'growth-limited':
      'Planen veks svært raskt akkurat no. Endringane dine er lagra på denne eininga og blir sende om litt.',
    'presence-taken': 'Nokon andre brukar allereie dette nærværet. Last inn sida på nytt.',
    'presence-limit': 'Denne fana viser seg som for mange personar. Last inn sida på nytt.',
    'too-many-connections':
      'For mange opne tilkoplingar frå dette nettverket utan innlogging. Vi prøver igjen om litt.',
  },
  presence: {
    heading: 'Til stades',
    you: '{{name}} (deg)',
    here: '{{count}} til stades',
    inFocusArea: 'Til stades i «{{name}}»',
    arrived: '{{name}} kom inn',
    left: '{{name}} gjekk',
  },
};
