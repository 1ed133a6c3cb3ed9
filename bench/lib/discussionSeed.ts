import * as Y from 'yjs';
import {
  applyDiscussionCommand,
  type DiscussionActor,
  type DiscussionContext,
} from '../../shared/discussion/apply';
import { encodePosition, textNodesOf } from '../../shared/discussion/anchors';
import {
  parseDiscussionCommand,
  type DiscussionCommandInput,
} from '../../shared/discussion/commands';
import { messagesMap } from '../../shared/discussion/keys';
import { sectionFragment } from '../../shared/discussion/sections';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../shared/discussion/types';

/** Sentences the seeded strategies are written from, so ranges quote real, varied text. */
const SENTENCES = [
  'Kommunen skal legge til rette for at flere innbyggere deltar i utformingen av tjenestene.',
  'Vi vil prøve ut nye møteplasser i nærmiljøet, særlig for ungdom og eldre.',
  'Frivillige organisasjoner er viktige samarbeidspartnere og skal involveres tidlig.',
  'Tiltakene evalueres hvert år, og resultatene legges fram for kommunestyret.',
  'Digitale løsninger skal være universelt utformet og enkle å bruke for alle.',
  'Informasjon skal gis på et klart språk og på flere språk der det trengs.',
  'Barn og unges stemme skal høres i saker som angår dem.',
  'Vi skal samarbeide med nabokommunene om felles utfordringer innen transport og klima.',
  'Ressursene prioriteres der behovene er størst, i tråd med folkehelseoversikten.',
  'Ansatte skal få opplæring i medvirkningsmetoder og dialog med innbyggerne.',
];
const COMMENTS = [
  'Bør vi presisere hvem som har ansvaret her?',
  'Dette henger sammen med tiltaket under innsatsområde 3.',
  'Enig, men vi trenger et tall å måle mot.',
  'Kan vi vise til kommuneplanens samfunnsdel i stedet?',
  'Formuleringen er litt vag. Forslag: «skal» i stedet for «vil».',
  'Ungdomsrådet ba om akkurat dette på forrige møte.',
  'Hva koster dette, og hvor i budsjettet ligger det?',
  'Ser bra ut. Jeg har ingen flere merknader.',
];

export const SEED_PEOPLE = Array.from({ length: 12 }, (_, i) => ({
  id: `user-bench${i + 1}`,
  name: `Saksbehandler ${i + 1}`,
}));

/** 2 paragraphs of 2–3 sentences for each strategy, chosen by the seeded generator. */
export function strategyParagraphs(random: () => number): () => string[] {
  const sentence = () => SENTENCES[Math.floor(random() * SENTENCES.length)]!;
  const para = () => Array.from({ length: 2 + Math.floor(random() * 2) }, sentence).join(' ');
  return () => [para(), para()];
}

export interface DiscussionSeedShape {
  threads: number;
  suggestions: number;
  random: () => number;
}

export interface SeededDiscussion {
  threadIds: string[];
  messages: number;
  suggestions: number;
}

/**
 * Fills a discussion document through the same pure function the server runs for each command
 * (`applyDiscussionCommand`, commands parsed as the server parses them), so the records, anchors
 * and tombstones are what real use leaves behind: `threads` threads of 1–4 messages, each on a
 * range of a strategy's text (sometimes across its two paragraphs), and `suggestions` open
 * suggestions, half insertions, half deletions within one paragraph.
 */
export function seedDiscussion(
  plan: Y.Doc,
  discussion: Y.Doc,
  strategyIds: readonly string[],
  shape: DiscussionSeedShape,
): SeededDiscussion {
  const { random } = shape;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let counter = 0;
  let now = Date.UTC(2026, 10, 1);
  const context = (): DiscussionContext => ({
    now: (now += 1 + Math.floor(random() * 60_000)),
    newId: () => `seed${++counter}`,
    settings: DEFAULT_DISCUSSION_SETTINGS,
    isMember: () => true,
  });
  const run = (actor: DiscussionActor, input: DiscussionCommandInput): string | null => {
    const parsed = parseDiscussionCommand(input);
    if (!parsed.ok) throw new Error(`bench seed: ${input.type} refused: ${parsed.message}`);
    const result = applyDiscussionCommand(discussion, plan, actor, parsed.command, context());
    if (!result.ok)
      throw new Error(`bench seed: ${input.type} refused: ${result.code} ${result.message}`);
    return result.outcome.type === 'created' ? result.outcome.id : null;
  };
  const someone = (): DiscussionActor => ({ person: pick(SEED_PEOPLE), role: 'editor' });
  const textsOf = (id: string) => {
    const fragment = sectionFragment(plan, { kind: 'item', id });
    if (!fragment) throw new Error(`bench seed: no strategy ${id}`);
    return textNodesOf(fragment);
  };
  const position = (text: Y.XmlText, index: number, assoc: 0 | -1) =>
    encodePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc));

  const threadIds: string[] = [];
  let messages = 0;
  for (let t = 0; t < shape.threads; t++) {
    const strategy = pick(strategyIds);
    const texts = textsOf(strategy);
    const first = Math.floor(random() * texts.length);
    // One in five spans from the first paragraph into the second.
    const last = first === 0 && texts.length > 1 && random() < 0.2 ? 1 : first;
    const from = texts[first]!;
    const to = texts[last]!;
    const start = Math.floor(random() * (from.length - 20));
    const end =
      last === first
        ? Math.min(from.length, start + 10 + Math.floor(random() * 50))
        : 5 + Math.floor(random() * (to.length - 5));
    const threadId = run(someone(), {
      type: 'startThread',
      section: { kind: 'item', id: strategy },
      range: { start: position(from, start, 0), end: position(to, end, -1) },
      body: pick(COMMENTS),
    });
    if (!threadId) throw new Error('bench seed: startThread made no thread');
    threadIds.push(threadId);
    const replies = Math.floor(random() * 4);
    for (let r = 0; r < replies; r++)
      run(someone(), { type: 'reply', threadId, body: pick(COMMENTS) });
    messages += 1 + replies;
  }
  for (let s = 0; s < shape.suggestions; s++) {
    const strategy = pick(strategyIds);
    const text = pick(textsOf(strategy));
    const at = Math.floor(random() * (text.length - 20));
    const change =
      s % 2 === 0
        ? {
            kind: 'insert' as const,
            at: position(text, at, 0),
            text: ' og i samarbeid med frivillig sektor',
          }
        : {
            kind: 'delete' as const,
            start: position(text, at, 0),
            end: position(text, at + 5 + Math.floor(random() * 15), -1),
          };
    run(someone(), { type: 'suggest', section: { kind: 'item', id: strategy }, change });
  }
  if (messagesMap(discussion).size !== messages)
    throw new Error('bench seed: message count mismatch');
  return { threadIds, messages, suggestions: shape.suggestions };
}
