import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which text groups (the first part of an i18n key) the client's modules name, found by reading
 * their source: for the tests that hold a page to the text parts it waits for (shell only, or
 * shell and participation), where a key from a part not loaded would show as the raw key.
 */
export const CLIENT = resolve(import.meta.dirname, '../../client');

export function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/**
 * Client modules reachable through static, non-type imports; through lazy `import('./…')` too
 * with `dynamic` (what a page can load later, under the same text parts).
 */
export function staticallyReachable(entries: string[], { dynamic = false } = {}): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'(\.[^']+)'/gm),
      ...(dynamic ? source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g) : []),
    ];
    for (const [, specifier] of specifiers) {
      const target = resolveModule(file, specifier!);
      if (target?.startsWith(CLIENT) && !target.startsWith(join(CLIENT, 'i18n')))
        queue.push(target);
    }
  }
  return seen;
}

export function lazyModulesIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/lazy\(\s*\(\) =>\s*import\('(\.[^']+)'\)/g)]
    .map(([, specifier]) => resolveModule(file, specifier!))
    .filter((module): module is string => module !== null);
}

/**
 * Keys the modules reachable from `entries` name outside the groups `available`: in `t('…')`
 * and `i18nKey`, and as strings handed around before reaching t() (a label prop, a table of
 * keys) when they start with one of `unavailable`'s groups. One line per module and group.
 */
export function keysOutside(
  entries: string[],
  available: Iterable<string>,
  unavailable: Iterable<string>,
  { dynamic = false } = {},
): string[] {
  const groups = new Set(available);
  const others = [...unavailable].filter((group) => !groups.has(group));
  const problems: string[] = [];
  for (const file of staticallyReachable(entries, { dynamic })) {
    const source = readFileSync(file, 'utf8');
    const named = [
      ...source.matchAll(/\bt\(\s*['"`]([A-Za-z]+)[.'"`$]/g),
      ...source.matchAll(/i18nKey=["'{`]+([A-Za-z]+)\./g),
    ].map(([, group]) => group!);
    for (const group of named)
      if (!groups.has(group)) problems.push(`${relative(CLIENT, file)}: ${group}.…`);
    for (const group of others)
      if (new RegExp(`['"\`]${group}\\.[A-Za-z$]`).test(source))
        problems.push(`${relative(CLIENT, file)}: '${group}.…'`);
  }
  return [...new Set(problems)];
}
