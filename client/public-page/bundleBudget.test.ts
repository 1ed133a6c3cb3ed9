import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_DIST,
  gzipSize,
  MANIFEST_FILE,
  reachable as reachableFrom,
  readManifest,
  type Manifest,
} from '../../tests/support/bundleSize';
import { skipUnlessRequired } from '../../tests/support/requiredService';

/**
 * The residents' page must stay fast on a slow phone: at most 80 kB (80,000 bytes) of gzipped
 * JavaScript for everything the page can load (its entry, every chunk it imports, and any chunk
 * it imports on demand). Measured on the build `npm test` makes first (`vite build`), from
 * Vite's manifest, each chunk gzipped at level 9 as a server would send it. Deterministic:
 * bytes, not timings. The text tables (JSON, one fetched per visitor) are printed beside it.
 */
const BUDGET_BYTES = 80_000;
const TEXTS_BUDGET_BYTES = 4_000;
const distDir = CLIENT_DIST;
const manifestFile = MANIFEST_FILE;

/** Manifest keys of the chunks the page can load, itself included. */
const reachable = (manifest: Manifest, key: string) =>
  reachableFrom(manifest, [key], { dynamic: true });

const gzipped = (file: string) => gzipSize(file, 9);

const skip = existsSync(manifestFile)
  ? null
  : skipUnlessRequired(
      'public page bundle budget',
      `no build at ${manifestFile} (run \`npx vite build\` first)`,
    );

describe.skipIf(skip !== null)(
  `the public page's bundle${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let read: Manifest | null = null;
    const manifest = () => (read ??= readManifest());

    it(`loads at most ${BUDGET_BYTES} bytes of gzipped JavaScript`, () => {
      const chunks = [...reachable(manifest(), 'public.html')].map((key) => manifest()[key]!.file);
      const sizes = chunks.map((file) => ({ file, gzip: gzipped(file) }));
      const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
      console.log(
        `public page JavaScript: ${total} bytes gzipped (budget ${BUDGET_BYTES})\n` +
          sizes.map(({ file, gzip }) => `  ${gzip.toString().padStart(6)}  ${file}`).join('\n'),
      );
      expect(chunks.every((file) => file.endsWith('.js'))).toBe(true);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    });

    it('fetches one small text table per language, and no editor, Yjs, router or zod', () => {
      const entry = manifest()['public.html']!;
      const texts = (entry.assets ?? []).filter((file) => file.endsWith('.json'));
      const sizes = texts.map((file) => ({ file, gzip: gzipped(file) }));
      console.log(
        `public page texts: ${sizes.map(({ file, gzip }) => `${file} ${gzip} bytes gzipped`).join(', ')}`,
      );
      expect(texts).toHaveLength(3);
      for (const { gzip } of sizes) expect(gzip).toBeLessThanOrEqual(TEXTS_BUDGET_BYTES);

      // The modules in each chunk, from its source map (the bundler's runtime helpers have none).
      const sources = [...reachable(manifest(), 'public.html')].flatMap((key) => {
        const mapFile = join(distDir, `${manifest()[key]!.file}.map`);
        return existsSync(mapFile)
          ? (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources
          : [];
      });
      expect(sources.some((source) => source.includes('public-page/main.tsx'))).toBe(true);
      const unwanted = sources.filter((source) =>
        /node_modules\/(yjs|y-|@tiptap|prosemirror|react-router|zod|i18next|socket\.io)/.test(
          source,
        ),
      );
      expect(unwanted).toEqual([]);
    });
  },
);
