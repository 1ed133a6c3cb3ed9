import type { ErrorCode } from '../../shared/protocol';
import { accessNb } from './access/nb';
import { associationsNb } from './associations/nb';
import { peopleNb } from './people/nb';
import { versionsNb } from './versions/nb';
import { discussionNb } from './discussion/nb';
import { editorToolbarNb } from './editorToolbar/nb';
import { workshopNb } from './workshops/nb';
import { workshopBoardNb } from './workshopBoard/nb';
import { workshopResultsNb } from './workshopResults/nb';
import { publicSettingsNb } from './publicSettings/nb';
import { inboxNb } from './inbox/nb';
import { presenceColorNb } from './presence/nb';
import { planStructureNb } from './planStructure/nb';
import { passwordResetNb } from './passwordReset/nb';

/** Norsk bokmål: the reference language. `nn` and `en` are typed against this object. */
export const nb = {
  app: {
    name: 'Medverk',
    tagline: 'Temaplaner skrevet sammen',
    skipToContent: 'Hopp til hovedinnhold',
    mainNav: 'Hovedmeny',
    plans: 'Planer',
    loading: 'Laster …',
    notFoundTitle: 'Fant ikke siden',
    notFoundText: 'Siden du prøvde å åpne, finnes ikke.',
    backToPlans: 'Tilbake til planene',
  },
  language: {
    label: 'Språk',
  },
  identity: {
    colors: {
      blue: 'Blå',
      red: 'Rød',
      green: 'Grønn',
      purple: 'Lilla',
      brown: 'Brun',
      teal: 'Blågrønn',
      magenta: 'Magenta',
      slate: 'Skifergrå',
    },
    save: 'Lagre',
    cancel: 'Avbryt',
    youAre: 'Du er logget inn som',
    guest: 'gjest',
    change: 'Endre farge',
    dialogTitle: 'Din farge',
  },
  planList: {
    title: 'Planer',
    intro: 'Temaplaner som kommunen skriver sammen med arbeidsgruppen.',
    createHeading: 'Ny plan',
    titleLabel: 'Tittel på planen',
    titleRequired: 'Skriv inn en tittel.',
    create: 'Opprett plan',
    creating: 'Oppretter …',
    createFailed: 'Kunne ikke opprette planen. Prøv igjen.',
    listHeading: 'Alle planer',
    empty: 'Du har ingen planer ennå. Opprett den første over.',
    emptyGuest: 'Du er ikke med i noen planer som kan leses her.',
    lastChanged: 'Sist endret {{date}}',
    loadFailed: 'Kunne ikke hente planene. Sjekk nettforbindelsen og prøv igjen.',
    retry: 'Prøv igjen',
    untitled: 'Uten tittel',
  },
  editor: {
    loading: 'Åpner planen …',
    notFoundTitle: 'Fant ikke planen',
    notFoundText: 'Planen finnes ikke, eller lenken er feil.',
    toolbar: 'Lagring og deltakere',
    menu: 'Meny',
    titleLabel: 'Tittel på planen',
    titlePlaceholder: 'Tittel på planen',
    municipality: 'Kommune: {{name}}',
    export: 'Last ned som Markdown',
    purposeHeading: 'Formål',
    purposeLabel: 'Tekst for formål',
    placeholder: 'Skriv her …',
    focusAreasHeading: 'Innsatsområder',
    focusAreaLabel: 'Innsatsområde {{number}}',
    focusAreaTitleLabel: 'Tittel på innsatsområde {{number}}',
    focusAreaTitlePlaceholder: 'Navn på innsatsområdet',
    focusAreaBodyLabel: 'Tekst for innsatsområde {{number}}',
    untitledFocusArea: 'innsatsområde {{number}}',
    noFocusAreas: 'Planen har ingen innsatsområder ennå.',
    addFocusArea: 'Legg til innsatsområde',
    moveUp: 'Flytt «{{name}}» opp',
    moveDown: 'Flytt «{{name}}» ned',
    dragFocusArea: 'Dra for å flytte «{{name}}»',
    deleteFocusArea: 'Slett «{{name}}»',
    movedFocusArea: '«{{name}}» er flyttet til plass {{position}} av {{count}}.',
    focusAreaDeleted: 'Innsatsområdet «{{name}}» ble slettet.',
    strategiesHeading: 'Strategier',
    strategiesOf: 'Strategier i «{{name}}»',
    strategyNumber: 'Strategi {{number}}',
    strategyLabel: 'Tekst for strategi {{number}}',
    noStrategies: 'Ingen strategier ennå.',
    addStrategy: 'Legg til strategi',
    addStrategyTo: 'Legg til strategi i «{{name}}»',
    moveStrategyUp: 'Flytt strategi {{number}} opp',
    moveStrategyDown: 'Flytt strategi {{number}} ned',
    dragStrategy: 'Dra for å flytte strategi {{number}}',
    deleteStrategy: 'Slett strategi {{number}}',
    movedStrategy: 'Strategien er nå strategi {{number}}.',
    strategyDeleted: 'Strategi {{number}} ble slettet.',
    undo: 'Angre',
    undone: 'Slettingen er angret.',
    dismiss: 'Lukk meldingen',
    readOnly: 'Du kan lese denne planen, men ikke endre den.',
    suggestOnly: 'Eieren tar bare imot forslag i denne planen nå. Det du skriver, blir forslag som eieren godtar eller avviser.',
    nowReadOnly: 'Rollen din er endret. Nå kan du bare lese planen.',
  },
  status: {
    label: 'Lagring',
    connecting: 'Kobler til …',
    syncing: 'Henter siste versjon …',
    saving: 'Lagrer …',
    saved: 'Lagret',
    retrying: 'Kunne ikke lagre – prøver igjen',
    offline:
      'Frakoblet — endringene dine er lagret på denne enheten og sendes når du er på nett igjen',
    readingLabel: 'Tilkobling',
    live: 'Viser siste versjon',
    offlineReading: 'Frakoblet — viser det som sist ble hentet',
  },
  errors: {
    'protocol-mismatch': 'Medverk er oppdatert. Last inn siden på nytt for å fortsette.',
    'bad-request': 'Serveren forsto ikke en melding fra denne nettleseren. Last inn siden på nytt.',
    'malformed-update': 'Serveren kunne ikke lese en endring. Last inn siden på nytt.',
    'message-too-large':
      'En endring var for stor til å lagres. Endringen er lagret på denne enheten; del teksten opp i mindre biter.',
    'rate-limited':
      'Mange endringer på kort tid. Vi sender dem på nytt om litt — ingenting går tapt.',
    'unknown-document': 'Fant ikke planen på serveren.',
    'not-joined': 'Forbindelsen til planen ble brutt. Vi kobler til på nytt.',
    'too-many-documents':
      'Du har for mange planer åpne samtidig. Lukk noen faner og last inn siden på nytt.',
    'read-only': 'Du har bare lesetilgang. Endringene dine blir ikke lagret.',
    forbidden: 'Du har ikke tilgang til denne planen.',
    'storage-failed':
      'Serveren klarte ikke å lagre. Endringene dine er lagret på denne enheten og sendes på nytt.',
    'invalid-change':
      'En endring fra denne nettleseren ville ha skadet planen, så serveren avviste den. Last inn siden på nytt for å hente den lagrede planen.',
    'out-of-order': 'Noen endringer kom i feil rekkefølge. Vi sender dem på nytt — ingenting går tapt.',
    'growth-limited':
      'Planen vokser svært raskt akkurat nå. Endringene dine er lagret på denne enheten og sendes om litt.',
    'presence-taken': 'Noen andre bruker allerede denne tilstedeværelsen. Last inn siden på nytt.',
    'presence-limit': 'Denne fanen viser seg som for mange personer. Last inn siden på nytt.',
    'too-many-connections': 'For mange åpne tilkoblinger fra dette nettverket uten innlogging. Vi prøver igjen om litt.',
  } satisfies Record<ErrorCode, string>,
  presence: {
    heading: 'Til stede',
    you: '{{name}} (deg)',
    here: '{{count}} til stede',
    inFocusArea: 'Til stede i «{{name}}»',
    arrived: '{{name}} kom inn',
    left: '{{name}} gikk',
  },
  ...accessNb,
  ...associationsNb,
  ...peopleNb,
  ...versionsNb,
  ...discussionNb,
  ...editorToolbarNb,
  ...workshopNb,
  ...workshopBoardNb,
  ...workshopResultsNb,
  ...publicSettingsNb,
  ...inboxNb,
  ...presenceColorNb,
  ...planStructureNb,
  ...passwordResetNb,
};

export type Messages = typeof nb;
