import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/**
 * Bytes of JavaScript a page loads, read from the build `npm test` makes first (`vite build`,
 * with `build.manifest` on): deterministic sizes, not timings. Used by the bundle budget tests
 * and `npm run bundle-sizes`.
 */

/**
 * The build to measure: `dist/client`, or CLIENT_DIR (the variable the server reads too) when a
 * build was made elsewhere (`npx vite build --outDir /tmp/x`, `CLIENT_DIR=/tmp/x npm run
 * bundle-sizes`), so measuring never needs to overwrite the shared `dist/`.
 */
export const CLIENT_DIST = process.env.CLIENT_DIR
  ? resolve(process.env.CLIENT_DIR)
  : join(import.meta.dirname, '../../dist/client');
export const MANIFEST_FILE = join(CLIENT_DIST, '.vite/manifest.json');
export const ROUTER_FILE = join(import.meta.dirname, '../../client/app/router.tsx');
/** zlib's default (level 6), what a server compressing on the fly typically sends. */
export const DEFAULT_GZIP_LEVEL = constants.Z_DEFAULT_COMPRESSION;

export interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(file = MANIFEST_FILE): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/**
 * Manifest keys of the chunks reachable from `keys`, themselves included: through static imports
 * only (what loads before the page can run), or through on-demand imports too (all it can load).
 */
export function reachable(
  manifest: Manifest,
  keys: readonly string[],
  follow: { dynamic: boolean },
  seen = new Set<string>(),
): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no entry for it`);
    seen.add(key);
    reachable(
      manifest,
      [...(chunk.imports ?? []), ...(follow.dynamic ? (chunk.dynamicImports ?? []) : [])],
      follow,
      seen,
    );
  }
  return seen;
}

export function gzipSize(
  file: string,
  level: number = DEFAULT_GZIP_LEVEL,
  distDir = CLIENT_DIST,
): number {
  return gzipSync(readFileSync(join(distDir, file)), { level }).length;
}

export interface JsSize {
  total: number;
  chunks: { file: string; gzip: number }[];
}

/** Every chunk gzipped on its own (one response each), summed. */
export function jsSize(
  manifest: Manifest,
  keys: Iterable<string>,
  level: number = DEFAULT_GZIP_LEVEL,
): JsSize {
  const chunks = [...keys]
    .map((key) => manifest[key]!.file)
    .map((file) => ({ file, gzip: gzipSize(file, level) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { total: chunks.reduce((sum, { gzip }) => sum + gzip, 0), chunks };
}

/**
 * Route path → the module its page is lazily imported from (relative to client/, no extension),
 * read from the router itself so a renamed page or route cannot leave a budget measuring
 * nothing. The index route is ''.
 */
export function lazyRoutes(routerSource = readFileSync(ROUTER_FILE, 'utf8')): Map<string, string> {
  const modules = new Map<string, string>();
  for (const [, name, path] of routerSource.matchAll(
    /const (\w+) = lazy\(\s*\(\) =>\s*import\('\.\.\/([^']+)'\)/g,
  ))
    modules.set(name!, path!);
  const routes = new Map<string, string>();
  for (const [, path, index, element] of routerSource.matchAll(
    /\{ (?:path: '([^']*)'|(index): true), element: <(\w+) \/> \}/g,
  )) {
    const module = modules.get(element!);
    if (module) routes.set(index ? '' : path!, module);
  }
  return routes;
}

/** Bokmål's text parts, loaded by FeatureMessages (client/i18n/messageLoading.ts). */
export const TEXT_PART_MODULES = {
  participation: 'i18n/participation/nb',
  features: 'i18n/features/nb',
} as const;
export type TextPartName = keyof typeof TEXT_PART_MODULES;

/**
 * The routes that render only once texts beyond the shell's are in (client/app/FeatureMessages.tsx),
 * each with the text parts it waits for: a route router.tsx lists inside a block opened by
 * `element: <FeatureMessages parts={[…]} />,` and `children: [` waits for those parts, one inside
 * `element: <FeatureMessages />` for all of them. The shell's pages come above every such block
 * (the projector's `children: presentRoutes` has its routes elsewhere).
 */
export function featureTextRoutes(
  routerSource = readFileSync(ROUTER_FILE, 'utf8'),
): Map<string, TextPartName[]> {
  const gates = [
    ...routerSource.matchAll(
      /element: <FeatureMessages(?: parts=\{\[([^\]]*)\]\})? \/>,\s*children: \[/g,
    ),
  ].map((match) => ({
    at: match.index,
    parts: match[1]
      ? [...match[1].matchAll(/'(\w+)'/g)].map(([, part]) => part as TextPartName)
      : (Object.keys(TEXT_PART_MODULES) as TextPartName[]),
  }));
  if (gates.length === 0) throw new Error('router.tsx has no FeatureMessages route');
  for (const { parts } of gates)
    for (const part of parts)
      if (!(part in TEXT_PART_MODULES)) throw new Error(`router.tsx names a text part "${part}"`);
  const routes = new Map<string, TextPartName[]>();
  for (const path of lazyRoutes(routerSource).keys()) {
    const at = routerSource.indexOf(path === '' ? '{ index: true,' : `{ path: '${path}',`);
    const gate = gates.filter((candidate) => candidate.at < at).at(-1);
    if (gate) routes.set(path, gate.parts);
  }
  return routes;
}

/** The manifest key of a source module given without its extension. */
export function manifestKeyOf(manifest: Manifest, module: string): string {
  const key = ['.tsx', '.ts', '.jsx', '.js']
    .map((extension) => `${module}${extension}`)
    .find((candidate) => candidate in manifest);
  if (!key) throw new Error(`no chunk in the manifest for ${module}`);
  return key;
}

export interface RouteBudget {
  name: string;
  /** Route paths as router.tsx writes them; a flow through several pages counts them all. */
  paths: string[];
  /** Gzipped bytes (kB = 1,000 bytes). */
  budget: number;
}

/** Issue #16's budgets for the staff app's main routes. */
export const ROUTE_BUDGETS: readonly RouteBudget[] = [
  {
    name: 'join by code + participant',
    paths: ['join/:code', 'workshops/:workshopId'],
    budget: 120_000,
  },
  { name: 'plan editor', paths: ['plans/:planId'], budget: 300_000 },
  { name: 'plan list', paths: [''], budget: 120_000 },
];

/**
 * What opening `paths` in the staff app costs: the entry, everything it imports statically,
 * each route's lazy chunk and that chunk's static imports, and the text parts for a route that
 * waits for them (lazy parts inside the pages are not counted: they load only when used).
 */
export function routeSize(
  manifest: Manifest,
  paths: readonly string[],
  routes = lazyRoutes(),
  level: number = DEFAULT_GZIP_LEVEL,
  withFeatureTexts = featureTextRoutes(),
): JsSize {
  const keys = paths.map((path) => {
    const module = routes.get(path);
    if (module === undefined) throw new Error(`router.tsx has no lazy route "${path}"`);
    return manifestKeyOf(manifest, module);
  });
  const parts = new Set(paths.flatMap((path) => withFeatureTexts.get(path) ?? []));
  for (const part of parts) keys.push(manifestKeyOf(manifest, TEXT_PART_MODULES[part]));
  return jsSize(manifest, reachable(manifest, ['index.html', ...keys], { dynamic: false }), level);
}

/** The source files a built chunk was made from, from its source map (none without one). */
export function sourcesOf(file: string, distDir = CLIENT_DIST): string[] {
  const map = join(distDir, `${file}.map`);
  if (!existsSync(map)) return [];
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

export const built = (): boolean => existsSync(MANIFEST_FILE);
