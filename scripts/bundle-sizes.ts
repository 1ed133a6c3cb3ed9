import {
  built,
  jsSize,
  lazyRoutes,
  MANIFEST_FILE,
  reachable,
  readManifest,
  ROUTE_BUDGETS,
  routeSize,
} from '../tests/support/bundleSize';

/**
 * `npm run bundle-sizes` (after `npx vite build`): the gzipped JavaScript (zlib's default level,
 * each chunk on its own) every route of the staff app loads before it runs (entry, its static
 * imports, the route's lazy chunk and that chunk's static imports), the budgeted flows of issue
 * #16, and the public page (everything it can load). A Markdown table, for bench/RESULTS.md.
 */
function main(): number {
  if (!built()) {
    console.error(`no build at ${MANIFEST_FILE}: run \`npx vite build\` first`);
    return 1;
  }
  const manifest = readManifest();
  const routes = lazyRoutes();
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  const rows: string[] = [];
  for (const { name, paths, budget } of ROUTE_BUDGETS) {
    const { total } = routeSize(manifest, paths, routes);
    const verdict = total <= budget ? 'within' : `over by ${kB(total - budget)}`;
    rows.push(
      `| **${name}** (${paths.map((p) => `/${p}`).join(' + ')}) | ${kB(total)} | ${kB(budget)} (${verdict}) |`,
    );
  }
  for (const [path, module] of [...routes].sort(([a], [b]) => a.localeCompare(b))) {
    const { total } = routeSize(manifest, [path], routes);
    rows.push(`| /${path} (${module}) | ${kB(total)} | |`);
  }
  const publicPage = jsSize(manifest, reachable(manifest, ['public.html'], { dynamic: true }));
  rows.push(`| public page /p/:slug (all it can load) | ${kB(publicPage.total)} | |`);
  console.log(
    [
      '| route | JS gzipped (kB) | budget (kB) |',
      '|---|---:|---:|',
      ...rows,
      '',
      'kB = 1,000 bytes; zlib default level (6), each chunk gzipped on its own.',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main();
