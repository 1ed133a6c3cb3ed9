import type { InputItem, InputQuery } from '../api/inputs';

/**
 * Text as search compares it: lower case, accents dropped (é → e, å → a), spaces collapsed. So
 * «Møteplass» is found by «møteplass» and «Asker Frivilligsentral» by «frivilligsentral»;
 * «aa» is not made «å» (people type the letter they mean).
 */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search; each must occur somewhere in an input for it to match. */
export function searchWords(q: string | undefined): string[] {
  return searchable(q ?? '')
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Everything a search looks in, in one string (fields kept apart so no word spans two). */
function haystack(input: InputItem): string {
  return [
    input.text,
    input.organisation,
    input.name,
    input.reference,
    input.summary,
    input.assessment,
    ...input.tags,
  ]
    .map(searchable)
    .join('\n');
}

/** Whether one input passes every filter given (filters left out pass everything). */
export function matchesQuery(
  input: InputItem,
  query: InputQuery,
  words = searchWords(query.q),
): boolean {
  if (query.section !== undefined && input.section !== query.section) return false;
  if (query.submitterKind !== undefined && input.submitterKind !== query.submitterKind)
    return false;
  if (query.status !== undefined && input.status !== query.status) return false;
  if (query.consultationId !== undefined && input.consultationId !== query.consultationId)
    return false;
  if (
    query.organisation !== undefined &&
    searchable(input.organisation) !== searchable(query.organisation)
  )
    return false;
  if (query.tag !== undefined) {
    const tag = searchable(query.tag);
    if (!input.tags.some((t) => searchable(t) === tag)) return false;
  }
  if (words.length > 0) {
    const text = haystack(input);
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

/** The inputs that pass every filter of `query` (ANDed), in the order given. */
export function filterInputs(inputs: readonly InputItem[], query: InputQuery): InputItem[] {
  const words = searchWords(query.q);
  return inputs.filter((input) => matchesQuery(input, query, words));
}

/** Tags in use, each once (first spelling seen), sorted the Norwegian way. */
export function tagsInUse(inputs: readonly InputItem[]): string[] {
  const byKey = new Map<string, string>();
  for (const input of inputs)
    for (const tag of input.tags) if (!byKey.has(searchable(tag))) byKey.set(searchable(tag), tag);
  return [...byKey.values()].sort(new Intl.Collator('nb').compare);
}
