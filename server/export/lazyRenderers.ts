/**
 * The DOCX and PDF renderers, run in worker threads (server/export/renderPool.ts) started on the
 * first export: docx, pdfkit, fontkit and the embedded fonts cost tens of megabytes of memory
 * that an idle server never needs (bench/RESULTS.md "Idle RSS"), and seconds of layout that
 * must not hold up the editors' keystrokes on the main event loop (issue #16).
 */
import { availableParallelism } from 'node:os';
import type { renderDocx as RenderDocx } from './docx';
import type { renderPdf as RenderPdf } from './pdf';
import { RenderPool, type RenderPoolOptions } from './renderPool';
import { startRenderThread } from './renderThread';

/** One core stays for the event loop; on this 2-core reference machine that is one thread. */
export const defaultRenderPoolOptions = (): RenderPoolOptions => ({
  size: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxQueue: 20,
  idleMs: 60_000,
  retryAfterSeconds: 10,
  startThread: () => startRenderThread(),
});

let pool: RenderPool | null = null;
let options: () => RenderPoolOptions = defaultRenderPoolOptions;

function renderPool(): RenderPool {
  pool ??= new RenderPool(options());
  return pool;
}

/**
 * Replaces the pool's settings (tests, bench); the next export starts a pool with them. Returns
 * a function that ends that pool and restores the defaults.
 */
export async function configureRenderPool(overrides: Partial<RenderPoolOptions>): Promise<() => Promise<void>> {
  await pool?.close();
  pool = null;
  options = () => ({ ...defaultRenderPoolOptions(), ...overrides });
  return async () => {
    await pool?.close();
    pool = null;
    options = defaultRenderPoolOptions;
  };
}

/** The pool as it is now (tests): null before the first export. */
export function currentRenderPool(): RenderPool | null {
  return pool;
}

export async function renderDocx(...[doc, docxOptions = {}]: Parameters<typeof RenderDocx>): ReturnType<typeof RenderDocx> {
  return renderPool().run({ format: 'docx', doc, options: docxOptions });
}

export async function renderPdf(...[doc, pdfOptions = {}]: Parameters<typeof RenderPdf>): ReturnType<typeof RenderPdf> {
  return renderPool().run({ format: 'pdf', doc, options: pdfOptions });
}
