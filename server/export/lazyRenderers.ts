/**
 * The DOCX and PDF renderers, run in worker threads (server/export/renderPool.ts) started on the
 * first export: docx, pdfkit, fontkit and the embedded fonts cost tens of megabytes of memory
 * that an idle server never needs (bench/RESULTS.md "Idle RSS"), and seconds of layout that
 * must not hold up the editors' keystrokes on the main event loop (issue #16).
 */
import { availableParallelism } from 'node:os';
import type { renderDocx as RenderDocx } from './docx';
import type { renderPdf as RenderPdf } from './pdf';
import type { PlanRenderInput } from './planFromState';
import type { RenderOutput } from './renderJob';
import { renderKey } from './renderKey';
import { RenderPool, RenderQueueFullError, type RenderPoolOptions } from './renderPool';
import { startRenderThread } from './renderThread';
import { SharedRenders, type SharedRendersOptions } from './sharedRenders';

/** One core stays for the event loop; on this 2-core reference machine that is one thread. */
export const defaultRenderPoolOptions = (): RenderPoolOptions => ({
  size: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxQueue: 20,
  idleMs: 60_000,
  retryAfterSeconds: 10,
  startThread: () => startRenderThread(),
});

/**
 * A plan's files, shared by content: a 150-strategy DOCX is seconds of CPU (bench/RESULTS.md), a
 * PDF/A about one. 16 files or 32 MB for 10 minutes: a meeting's worth of the same versions.
 */
export const defaultSharedRenderOptions = (): SharedRendersOptions => ({ maxEntries: 16, maxBytes: 32 * 1024 * 1024, ttlMs: 10 * 60_000 });

let pool: RenderPool | null = null;
let options: () => RenderPoolOptions = defaultRenderPoolOptions;
let shared = new SharedRenders<RenderOutput>(defaultSharedRenderOptions(), (output) => output.body.byteLength);
/** Exports admitted (`admitRender`) and being prepared on the main thread, not yet handed to the pool. */
let preparing = 0;

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
  shared.clear();
  options = () => ({ ...defaultRenderPoolOptions(), ...overrides });
  return async () => {
    await pool?.close();
    pool = null;
    shared.clear();
    options = defaultRenderPoolOptions;
  };
}

/** Replaces the shared files' settings (tests); the files kept so far are let go. */
export function configureSharedRenders(overrides: Partial<SharedRendersOptions>): void {
  shared.clear();
  shared = new SharedRenders<RenderOutput>({ ...defaultSharedRenderOptions(), ...overrides }, (output) => output.body.byteLength);
}

/**
 * A place for one more render, taken before the route reads or builds anything: when the pool
 * is full (under way, waiting, and being prepared), throws `RenderQueueFullError` (503 +
 * Retry-After) at once, so a refused export costs the event loop nothing. Returns the release,
 * to call once the render is handed to the pool (which then counts it) or given up.
 */
export function admitRender(): () => void {
  const current = renderPool();
  if (current.load + preparing >= current.capacity) throw new RenderQueueFullError(current.retryAfterSeconds);
  preparing++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    preparing--;
  };
}

/**
 * A plan's DOCX or PDF, built and rendered in the worker from its state; an identical export
 * under way or made a little earlier is shared (sharedRenders.ts). `admitted` is released as the
 * render is handed over.
 */
export function renderPlanFile(input: PlanRenderInput, admitted: () => void, stateHash?: string): Promise<RenderOutput> {
  try {
    return shared.get(renderKey(input, stateHash), () => {
      admitted();
      return renderPool().run({ format: 'plan', input });
    });
  } finally {
    admitted();
  }
}

/** The pool as it is now (tests): null before the first export. */
export function currentRenderPool(): RenderPool | null {
  return pool;
}

export async function renderDocx(...[doc, docxOptions = {}]: Parameters<typeof RenderDocx>): ReturnType<typeof RenderDocx> {
  return (await renderPool().run({ format: 'docx', doc, options: docxOptions })).body;
}

export async function renderPdf(...[doc, pdfOptions = {}]: Parameters<typeof RenderPdf>): ReturnType<typeof RenderPdf> {
  return (await renderPool().run({ format: 'pdf', doc, options: pdfOptions })).body;
}
