import { describe, expect, it } from 'vitest';
import { skipUnlessRequired } from '../support/requiredService';
import {
  built,
  lazyRoutes,
  MANIFEST_FILE,
  readManifest,
  ROUTE_BUDGETS,
  routeSize,
  type Manifest,
} from '../support/bundleSize';

/**
 * Gzipped JavaScript (zlib's default level, each chunk on its own) that the staff app's main
 * routes load before they can run, from the build `npm test` makes first: deterministic bytes,
 * not timings. `npm run bundle-sizes` prints every route.
 *
 * The plan list meets its budget. The other two are still over it (the participant page needs
 * Yjs, Socket.IO and the workshop kinds' zod schemas; the editor TipTap and ProseMirror, some
 * 125 kB, loaded whole before the first field shows), so each is held to a ceiling a little
 * above its size after the round-two cuts (289 → 239 kB and 445 → 389 kB): it may not grow while
 * the work to meet the budget is open. Remove a route from here once it meets its budget.
 */
const CEILINGS_WHILE_OVER_BUDGET: Readonly<Record<string, number>> = {
  'join by code + participant': 245_000,
  'plan editor': 395_000,
};

const skip = built()
  ? null
  : skipUnlessRequired(
      'bundle budget',
      `no build at ${MANIFEST_FILE} (run \`npx vite build\` first)`,
    );

describe.skipIf(skip !== null)(
  `the staff app's route bundles${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let read: Manifest | null = null;
    const manifest = () => (read ??= readManifest());

    it('finds every budgeted route among the router’s lazy routes', () => {
      const routes = lazyRoutes();
      for (const { paths } of ROUTE_BUDGETS)
        for (const path of paths) expect(routes.has(path), `route "${path}"`).toBe(true);
    });

    for (const { name, paths, budget } of ROUTE_BUDGETS) {
      const ceiling = CEILINGS_WHILE_OVER_BUDGET[name];
      const limit = ceiling ?? budget;
      it(`${name}: at most ${limit} bytes of gzipped JavaScript (budget ${budget})`, () => {
        const size = routeSize(manifest(), paths);
        console.log(
          `${name}: ${size.total} bytes gzipped (budget ${budget}${ceiling ? `, ceiling while over it ${ceiling}` : ''})\n` +
            size.chunks
              .map(({ file, gzip }) => `  ${gzip.toString().padStart(7)}  ${file}`)
              .join('\n'),
        );
        expect(size.chunks.every(({ file }) => file.endsWith('.js'))).toBe(true);
        expect(size.total).toBeLessThanOrEqual(limit);
        // A route that has come under its budget loses its ceiling, so it cannot drift back.
        if (ceiling !== undefined)
          expect(size.total, `${name} now meets its budget`).toBeGreaterThan(budget);
      });
    }
  },
);
