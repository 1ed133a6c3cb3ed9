/**
 * The render worker thread's entry (issue #16): DOCX and PDF layout is seconds of CPU for a
 * large plan, which on the main event loop would hold up every editor's keystrokes meanwhile.
 * Built as its own entry (`dist/renderWorker.js`, see `build:server`), started by renderThread.ts.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { jobTitle, renderJob, transferable, type RenderAnswer, type RenderRequest } from './renderJob';

/** Test hook (tests/integration/exportWorker.test.ts): a document with this title kills the thread. */
const crashOnTitle = (workerData as { crashOnTitle?: string } | null)?.crashOnTitle;

const port = parentPort;
if (!port) throw new Error('renderWorker.ts runs as a worker thread only');

/**
 * A lower priority than the event loop's: on a busy machine the editors' keystrokes come first
 * and an export waits a little longer. On Linux a nice value is per thread, so this one thread
 * steps back and the server's main thread keeps its own; elsewhere it may affect the whole
 * process or be refused, so it is only tried there. 5, not more: at 10 a render barely moved
 * on a machine busy with other processes (bench/RESULTS.md "exports-live").
 */
const RENDER_THREAD_NICE = 5;
try {
  if (process.platform === 'linux') setPriority(RENDER_THREAD_NICE);
} catch {
  // Not allowed here (some containers): the thread renders at normal priority.
}

port.on('message', (request: RenderRequest) => {
  if (crashOnTitle !== undefined && jobTitle(request.job) === crashOnTitle) process.exit(70);
  renderJob(request.job).then(
    ({ body, problems, planTitle }) => {
      const bytes = transferable(body);
      const answer: RenderAnswer = {
        id: request.id,
        ok: true,
        bytes,
        ...(problems.length > 0 ? { problems } : {}),
        ...(planTitle !== undefined ? { planTitle } : {}),
      };
      port.postMessage(answer, [bytes]);
    },
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      const answer: RenderAnswer = {
        id: request.id,
        ok: false,
        message: failure.message,
        ...(failure.stack ? { stack: failure.stack } : {}),
      };
      port.postMessage(answer);
    },
  );
});
