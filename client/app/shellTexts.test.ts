import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureTextRoutes, lazyRoutes } from '../../tests/support/bundleSize';
import { shellNb } from '../i18n/shell/nb';
import { featuresNb } from '../i18n/features/nb';

/**
 * The pages above FeatureMessages in router.tsx (the plan list, logging in, password reset) and
 * the frame around every page render with the shell's texts only (client/i18n/shell/): a key from
 * features/ would show as the raw key there. This follows their static imports through client/
 * and looks at every key they name.
 */
const CLIENT = resolve(import.meta.dirname, '..');

function resolveModule(from: string, specifier: string): string | null {
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

/** Client modules reachable through static, non-type imports (lazy `import()` is not followed). */
function staticallyReachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'(\.[^']+)'/gm,
    )) {
      const target = resolveModule(file, specifier!);
      if (target?.startsWith(CLIENT) && !target.startsWith(join(CLIENT, 'i18n')))
        queue.push(target);
    }
  }
  return seen;
}

function lazyModulesIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/lazy\(\s*\(\) =>\s*import\('(\.[^']+)'\)/g)]
    .map(([, specifier]) => resolveModule(file, specifier!))
    .filter((module): module is string => module !== null);
}

const gated = featureTextRoutes();
const shellPages = [...lazyRoutes()]
  .filter(([path]) => !gated.has(path))
  .map(([, module]) => resolveModule(join(CLIENT, 'app/router.tsx'), `../${module}`)!);
const entries = [
  join(CLIENT, 'main.tsx'),
  ...shellPages,
  ...lazyModulesIn(join(CLIENT, 'password-reset/passwordResetRoutes.tsx')),
];

describe('the shell pages’ texts', () => {
  it('finds the shell pages', () => {
    expect(shellPages.map((file) => relative(CLIENT, file))).toContain(
      'plan-list/PlanListPage.tsx',
    );
    expect(entries.length).toBeGreaterThan(shellPages.length + 1);
  });

  it('uses only keys the shell has', () => {
    const shellGroups = new Set(Object.keys(shellNb));
    const featureGroups = Object.keys(featuresNb);
    const problems: string[] = [];
    for (const file of staticallyReachable(entries)) {
      const source = readFileSync(file, 'utf8');
      const named = [
        ...source.matchAll(/\bt\(\s*['"`]([A-Za-z]+)[.'"`$]/g),
        ...source.matchAll(/i18nKey=["'{`]+([A-Za-z]+)\./g),
      ].map(([, group]) => group!);
      for (const group of named)
        if (!shellGroups.has(group)) problems.push(`${relative(CLIENT, file)}: ${group}.…`);
      // Keys handed around as strings (a label prop, a table of keys) before reaching t().
      for (const group of featureGroups)
        if (new RegExp(`['"\`]${group}\\.[A-Za-z$]`).test(source))
          problems.push(`${relative(CLIENT, file)}: '${group}.…'`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
