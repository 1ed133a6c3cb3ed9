import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderThread } from './renderPool';

/**
 * Starts a render worker thread. Built (`npm run serve`), this module sits in `dist/` beside the
 * worker's own entry, `dist/renderWorker.js`. Run from TypeScript (tsx, vitest), the worker
 * loads `renderWorker.ts` through tsx's require hook: Node 20 does not apply `--import tsx`
 * loader hooks inside worker threads (ERR_UNKNOWN_FILE_EXTENSION), the CommonJS hook works.
 */
export function startRenderThread(workerData: { crashOnTitle?: string } = {}): RenderThread {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./renderWorker.js', here), { workerData });
  const entry = fileURLToPath(new URL('./renderWorker.ts', here));
  const tsxHook = createRequire(here).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(entry)})`, {
    eval: true,
    execArgv: ['--require', tsxHook],
    workerData,
  });
}
