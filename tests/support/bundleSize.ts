import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/**
 * Bytes of JavaScript a page loads, read from the build `npm test` makes first (`vite build`,
 * with `build.manifest` on): deterministic sizes, not timings. Used by the bundle budget tests
 * and `npm run bundle-sizes`.
 */

export const CLIENT_DIST = join(import.meta.dirname, '../../dist/client');
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

/**
 * The routes that render only once the features' texts are in (client/app/FeatureMessages.tsx):
 * those router.tsx lists after the last `element: <FeatureMessages />`, below the shell's pages. Their
 * size counts that text chunk (bokmål's), which they download before they can show anything.
 */
export function featureTextRoutes(routerSource = readFileSync(ROUTER_FILE, 'utf8')): Set<string> {
  const marker = routerSource.lastIndexOf('element: <FeatureMessages />');
  if (marker < 0) throw new Error('router.tsx has no FeatureMessages route');
  const gated = routerSource.slice(marker);
  return new Set(
    [...lazyRoutes(routerSource).keys()].filter((path) =>
      gated.includes(path === '' ? '{ index: true,' : `{ path: '${path}',`),
    ),
  );
}

/** Bokmål's feature texts, loaded by FeatureMessages (client/i18n/messageLoading.ts). */
export const FEATURE_TEXTS_MODULE = 'i18n/features/nb';

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
 * each route's lazy chunk and that chunk's static imports, and the features' texts for a route
 * that waits for them (lazy parts inside the pages are not counted: they load only when used).
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
  if (paths.some((path) => withFeatureTexts.has(path)))
    keys.push(manifestKeyOf(manifest, FEATURE_TEXTS_MODULE));
  return jsSize(manifest, reachable(manifest, ['index.html', ...keys], { dynamic: false }), level);
}

export const built = (): boolean => existsSync(MANIFEST_FILE);
