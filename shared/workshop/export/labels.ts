import type { ActivityKind } from '../types';

export type ResultsLocale = 'nb' | 'nn' | 'en';

/** The words a results export adds around what people wrote, in the chosen language. */
export interface ResultsLabels {
  locale: ResultsLocale;
  /** CSV column headings. */
  activity: string;
  group: string;
  cluster: string;
  note: string;
  votes: string;
  clusterVotes: string;
  author: string;
  /** In place of an author: a note a facilitator wrote for people in the room. */
  forRoom: string;
  /** Markdown summary. */
  goal: string;
  date: string;
  agenda: string;
  participants: string;
  associations: string;
  noAssociation: string;
  unclustered: string;
  noNotes: string;
  hiddenNotes: string;
  notRevealed: string;
  ranking: string;
  respondents: string;
  anonymous: string;
  /** `{n}`: the group's number when it has no name. */
  groupNumber: string;
  /** Markdown activity kinds. */
  kinds: Record<ActivityKind, string>;
}

const labels: Record<ResultsLocale, ResultsLabels> = {
  nb: {
    locale: 'nb',
    activity: 'Aktivitet',
    group: 'Gruppe',
    cluster: 'Tema',
    note: 'Lapp',
    votes: 'Stemmer',
    clusterVotes: 'Stemmer på temaet',
    author: 'Skrevet av',
    forRoom: 'Skrevet for rommet',
    goal: 'Mål',
    date: 'Dato',
    agenda: 'Program',
    participants: 'Deltakere',
    associations: 'Organisasjoner',
    noAssociation: 'Uten organisasjon',
    unclustered: 'Lapper uten tema',
    noNotes: 'Ingen lapper.',
    hiddenNotes: 'Skjulte lapper',
    notRevealed: 'Resultatet er ikke vist ennå.',
    ranking: 'Rangering',
    respondents: 'Svar',
    anonymous: 'Verkstedet er anonymt: ingen navn er med.',
    groupNumber: 'Gruppe {n}',
    kinds: {
      brainstorm: 'Idémyldring',
      cluster: 'Gruppering',
      vote: 'Avstemning',
      poll: 'Spørsmål',
      discussion: 'Diskusjon',
    },
  },
  nn: {
    locale: 'nn',
    activity: 'Aktivitet',
    group: 'Gruppe',
    cluster: 'Tema',
    note: 'Lapp',
    votes: 'Røyster',
    clusterVotes: 'Røyster på temaet',
    author: 'Skriven av',
    forRoom: 'Skrive for rommet',
    goal: 'Mål',
    date: 'Dato',
    agenda: 'Program',
    participants: 'Deltakarar',
    associations: 'Organisasjonar',
    noAssociation: 'Utan organisasjon',
    unclustered: 'Lappar utan tema',
    noNotes: 'Ingen lappar.',
    hiddenNotes: 'Skjulte lappar',
    notRevealed: 'Resultatet er ikkje vist enno.',
    ranking: 'Rangering',
    respondents: 'Svar',
    anonymous: 'Verkstaden er anonym: ingen namn er med.',
    groupNumber: 'Gruppe {n}',
    kinds: {
      brainstorm: 'Idémyldring',
      cluster: 'Gruppering',
      vote: 'Avrøysting',
      poll: 'Spørsmål',
      discussion: 'Diskusjon',
    },
  },
  en: {
    locale: 'en',
    activity: 'Activity',
    group: 'Group',
    cluster: 'Theme',
    note: 'Note',
    votes: 'Votes',
    clusterVotes: 'Votes for the theme',
    author: 'Written by',
    forRoom: 'Written for the room',
    goal: 'Goal',
    date: 'Date',
    agenda: 'Agenda',
    participants: 'Participants',
    associations: 'Organisations',
    noAssociation: 'No organisation',
    unclustered: 'Notes without a theme',
    noNotes: 'No notes.',
    hiddenNotes: 'Hidden notes',
    notRevealed: 'The result has not been revealed yet.',
    ranking: 'Ranking',
    respondents: 'Answers',
    anonymous: 'The workshop is anonymous: no names are included.',
    groupNumber: 'Group {n}',
    kinds: {
      brainstorm: 'Brainstorm',
      cluster: 'Clustering',
      vote: 'Vote',
      poll: 'Poll',
      discussion: 'Discussion',
    },
  },
};

export function resultsLabels(locale: ResultsLocale): ResultsLabels {
  return labels[locale];
}
