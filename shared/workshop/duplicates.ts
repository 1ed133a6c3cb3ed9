import type { Participant } from './types';

/** Names compared as people read them: case, accents' composition and spacing aside. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}

/**
 * People who are likely one person who joined twice (a second phone, a cleared browser): present
 * participants, hosts aside, who share a display name. Groups of two or more, in list order.
 */
export function likelyDuplicates(people: readonly Participant[]): Participant[][] {
  const byName = new Map<string, Participant[]>();
  for (const person of people) {
    if (person.removed || person.facilitator) continue;
    const key = nameKey(person.name);
    const group = byName.get(key);
    if (group) group.push(person);
    else byName.set(key, [person]);
  }
  return [...byName.values()].filter((group) => group.length > 1);
}
