import type { Person } from '../../../shared/discussion/types';

/**
 * Mentions are written as "@Name" in a comment's text and sent as ids beside it. These helpers
 * find the "@…" being typed (for the autocomplete), put a picked name in its place, and find
 * the mentions in a text again (to send their ids, and to highlight them when shown).
 */

/** The "@query" the caret is in: `start` is the index of the "@". */
export interface MentionQuery {
  start: number;
  query: string;
}

/** Names run to a few words; further back than this the "@" is not being typed any more. */
const MAX_QUERY = 40;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/**
 * The mention being typed at `caret`, or null. The "@" must start a word (so an e-mail address
 * is no mention); the query may hold single spaces ("@Kari No") but no line break.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const from = Math.max(0, caret - MAX_QUERY - 1);
  for (let index = caret - 1; index >= from; index--) {
    const char = text[index];
    if (char === '\n' || char === '\r') return null;
    if (char !== '@') continue;
    if (isWordChar(text[index - 1]) || text[index - 1] === '@') return null;
    const query = text.slice(index + 1, caret);
    if (query.startsWith(' ') || query.includes('  ')) return null;
    return { start: index, query };
  }
  return null;
}

const fold = (value: string) => value.toLocaleLowerCase('nb').normalize('NFC');

/** People whose name starts with the query, then those with a later word that does; by name. */
export function matchPeople<P extends Person>(people: readonly P[], query: string, limit = 8): P[] {
  // Not trimmed: "@Ola " after a finished name matches nobody named just "Ola", so the list closes.
  const wanted = fold(query);
  const scored: { person: P; score: number }[] = [];
  for (const person of people) {
    const name = fold(person.name);
    if (name.startsWith(wanted)) scored.push({ person, score: 0 });
    else if (name.split(/\s+/).some((word) => word.startsWith(wanted))) scored.push({ person, score: 1 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.person.name.localeCompare(b.person.name, 'nb'))
    .slice(0, limit)
    .map((entry) => entry.person);
}

/**
 * The text with the "@query" at `mention` replaced by "@Name" and where the caret goes after it.
 * A space follows unless punctuation already does ("@Kari," stays "@Kari,").
 */
export function insertMention(text: string, mention: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const rest = text.slice(caret).replace(/^ /, '');
  const next = rest[0];
  const inserted = next !== undefined && !isWordChar(next) && !/\s/.test(next) ? `@${name}` : `@${name} `;
  return { text: text.slice(0, mention.start) + inserted + rest, caret: mention.start + inserted.length };
}

/** One "@Name" in a text and everyone with that name. */
export interface MentionMatch {
  start: number;
  end: number;
  personIds: string[];
}

/**
 * Every "@Name" of these people in the text, the longest name winning where names overlap
 * ("@Kari Nordmann" is not a mention of "Kari"). A name must end a word.
 */
export function findMentions(text: string, people: readonly Person[]): MentionMatch[] {
  const byName = new Map<string, string[]>();
  for (const person of people) {
    if (!person.name) continue;
    const ids = byName.get(person.name);
    if (ids) ids.push(person.id);
    else byName.set(person.name, [person.id]);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const matches: MentionMatch[] = [];
  let index = text.indexOf('@');
  while (index >= 0) {
    let next = index + 1;
    if (!isWordChar(text[index - 1])) {
      const name = names.find((candidate) => text.startsWith(candidate, index + 1) && !isWordChar(text[index + 1 + candidate.length]));
      if (name !== undefined) {
        const end = index + 1 + name.length;
        matches.push({ start: index, end, personIds: byName.get(name) ?? [] });
        next = end;
      }
    }
    index = text.indexOf('@', next);
  }
  return matches;
}

/**
 * The ids to send with a comment: everyone whose "@Name" is in the text, in order. Where two
 * people share a name only the one(s) picked from the list count, so nobody is notified by
 * guesswork.
 */
export function mentionedIds(text: string, people: readonly Person[], picked: readonly string[]): string[] {
  const chosen = new Set(picked);
  const ids: string[] = [];
  for (const match of findMentions(text, people)) {
    const candidates = match.personIds.length === 1 ? match.personIds : match.personIds.filter((id) => chosen.has(id));
    for (const id of candidates) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export type BodySegment = { kind: 'text'; text: string } | { kind: 'mention'; text: string; personId: string };

/** A message's text split so the "@Name" of each person it mentions can be shown as such. */
export function bodySegments(body: string, mentions: readonly string[], people: readonly Person[]): BodySegment[] {
  const mentioned = people.filter((person) => mentions.includes(person.id));
  const segments: BodySegment[] = [];
  let at = 0;
  for (const match of findMentions(body, mentioned)) {
    if (match.start > at) segments.push({ kind: 'text', text: body.slice(at, match.start) });
    segments.push({ kind: 'mention', text: body.slice(match.start, match.end), personId: match.personIds[0] ?? '' });
    at = match.end;
  }
  if (at < body.length) segments.push({ kind: 'text', text: body.slice(at) });
  return segments;
}
