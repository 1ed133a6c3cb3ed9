import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as Y from 'yjs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { SyncConnection } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import { PLAN_INTERACTIVE_MARK } from '../../client/plan-editor/planInteractiveMark';
import { listFocusAreas } from '../../shared/plan/focusAreas';
import { writeParagraphs } from '../../shared/plan/richText';
import { launchBrowser, newPerson } from '../../tests/support/browser';
import { pollUntil, withTimeout } from '../lib/clients';
import { strategyParagraphs } from '../lib/discussionSeed';
import { fillLargePlan, LARGE_PLAN } from '../lib/largePlan';
import { createMedverkPlan, startServer, type RunningServer, type ServerOptions } from '../lib/servers';
import { percentile } from '../lib/stats';

export interface LargeEditorOptions {
  /** Page loads measured (fresh browser context each: empty HTTP cache and IndexedDB). */
  runs: number;
  /** Focus areas of 10 strategies each (15: issue #16's plan); fewer show how the costs scale. */
  areas: number;
  random: () => number;
  server: ServerOptions;
  /** Write a CPU profile (.cpuprofile, CDP Profiler) of each run's page into this directory. */
  profileDir: string | null;
}

/** The strategy typed into: the middle of the plan (focus area 8 of 15, strategy 5 of 10). */
const typedStrategy = (areas: number) => `Tekst for strategi ${Math.ceil(areas / 2)}.5`;
const TYPED = 'vi skal ha faste moter med ungdomsradet, og referatene skal legges ut samme uke. '
  .repeat(4)
  .slice(0, 200);
/** Between keystrokes, as a fast typist (and so each keystroke's work is its own). */
const KEY_DELAY_MS = 40;
const LOAD_TIMEOUT_MS = 120_000;

/**
 * What the page records from its first script on: long tasks, and Event Timing entries of 16 ms
 * or more (the API's lowest threshold: Chrome reports only events whose duration — event time
 * to the next paint after handling — reaches it).
 */
const INSTRUMENT = `
  window.__bench = { longTasks: [], events: [], keys: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

/**
 * Per keystroke, from the keydown's timestamp: "handled" when the task that ran the last of its
 * events (keydown, keypress, beforeinput, input: ProseMirror, Yjs, the send, React's sync work)
 * and its microtasks is over — a message posted from each handler lands right after it; "frame"
 * when the next frame after that has been produced (a message posted from requestAnimationFrame
 * runs after the frame's rendering), which includes waiting for the frame (up to 16.7 ms).
 * Neither separates the page's own work from the wait for a task or a frame, so "work" is the
 * main thread's time from the keydown reaching the page (its first listener, in the capture phase)
 * until the input event's listeners and the microtasks they queued (ProseMirror's DOM read, the
 * transaction, Yjs, the send, React's synchronous renders) are done.
 */
const KEY_TIMING = `
  (() => {
    let current = null;
    const after = (record, field, since) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        record[field] = Math.max(record[field], performance.now() - since);
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    };
    const follow = () => {
      const record = current;
      if (!record) return;
      after(record, 'handled', record.start);
      requestAnimationFrame(() => after(record, 'frame', record.start));
    };
    addEventListener('keydown', (event) => {
      current = { start: event.timeStamp, handled: 0, frame: 0, workFrom: performance.now(), work: 0 };
      window.__bench.keys.push(current);
      follow();
    }, { capture: true });
    for (const type of ['keypress', 'beforeinput', 'input']) addEventListener(type, follow, { capture: true });
    // Bubbling on window: after the editor's own input listeners.
    addEventListener('input', () => {
      const record = current;
      if (!record) return;
      queueMicrotask(() => { record.work = performance.now() - record.workFrom; });
    });
  })();
`;

interface Run {
  /** Navigation start → PLAN_INTERACTIVE_MARK. */
  interactiveMs: number;
  /** Navigation start → the HTML's response end and DOMContentLoaded end (navigation timing). */
  responseEndMs: number;
  domContentLoadedMs: number;
  loadLongTasks: number;
  loadLongTaskMs: number;
  heapMb: number;
  handled: number[];
  frame: number[];
  /** Keydown reaching the page → its input's listeners and microtasks done (the page's own work). */
  work: number[];
  /** Keystroke events (keydown/keypress/input…) whose Event Timing duration was ≥ 16 ms, and the longest. */
  slowEvents: number;
  slowestEventMs: number;
  typingLongTasks: number;
  typingLongTaskMs: number;
  fields: number;
  /** Fields that are a mounted editor at the mark (the rest are drawn statically until they near the viewport). */
  mountedAtInteractive: number;
  /** Fields whose top is within two window heights of the page's top (the first screen + one). */
  nearViewport: number;
  /** Mounted editors after scrolling through the whole plan and back up to the typed strategy. */
  mountedAfterScroll: number;
}

/**
 * Issue #16 in a real browser (Medverk only): a plan of 15 focus areas × 10 strategies (each
 * focus area and strategy with two paragraphs; 166 rich-text fields with the purpose) opened by
 * its owner in Debian's chromium on loopback, then 200 characters typed into a strategy in the
 * middle. Reports navigation start → every field in view editable (the client's User Timing mark), the
 * long tasks until then, the JS heap after a GC, and per-keystroke handling time.
 */
export async function largeEditor(options: LargeEditorOptions): Promise<string> {
  const loadStart = loadavg();
  ensureClientBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-editor165-'));
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServer('medverk', dataDir, { ...options.server, nodes: 1 });
    const planId = await seedLargePlan(server, options.areas, options.random);
    browser = await launchBrowser();
    const runs: Run[] = [];
    for (let run = 0; run < options.runs; run++) {
      console.error(`  editor165: page load ${run + 1} of ${options.runs} …`);
      runs.push(await measureOnce(browser, server, planId, run, options));
    }
    return report(runs, options.areas, loadStart);
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The server serves the built client (CLIENT_DIR, default dist/client): built here when missing. */
function ensureClientBuild(): void {
  if (existsSync(resolve(process.env.CLIENT_DIR ?? 'dist/client', 'index.html'))) return;
  console.error('  editor165: no client build, running vite build …');
  execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The plan, written through the sync protocol as one change by its owner (the bench admin). */
async function seedLargePlan(server: RunningServer, areas: number, random: () => number): Promise<string> {
  const docName = await createMedverkPlan(server, `Temaplan med ${areas * 11} felt (bench)`);
  const connection = new SyncConnection({
    url: server.url,
    ...(server.cookie ? { extraHeaders: { cookie: server.cookie } } : {}),
  });
  const doc = new Y.Doc();
  const provider = new DocProvider(connection, docName, doc);
  try {
    await withTimeout(provider.whenSynced(), 30_000, 'the bench plan sync');
    const paragraphs = strategyParagraphs(random);
    doc.transact(() => {
      fillLargePlan(doc, { ...LARGE_PLAN, areas, paragraphs });
      for (const area of listFocusAreas(doc)) writeParagraphs(area.body, paragraphs());
    });
    if (!(await pollUntil(() => provider.status.state === 'saved', 60_000)))
      throw new Error(`the bench plan was not saved (${provider.status.state})`);
  } finally {
    provider.destroy();
    connection.close();
  }
  return docName.split(':')[1]!;
}

async function measureOnce(
  browser: Browser,
  server: RunningServer,
  planId: string,
  index: number,
  { profileDir, areas }: LargeEditorOptions,
): Promise<Run> {
  const person = await newPerson(browser, { color: '#1f6feb' });
  try {
    const { context, page } = person;
    const [name, value] = (server.cookie ?? '').split('=');
    await context.addCookies([{ name: name!, value: value!, url: server.url }]);
    await context.addInitScript(INSTRUMENT);
    const cdp = await context.newCDPSession(page);
    if (profileDir) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${server.url}/plans/${planId}`);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      PLAN_INTERACTIVE_MARK,
      { timeout: LOAD_TIMEOUT_MS, polling: 50 },
    );
    const load = await page.evaluate((mark) => {
      const bench = (window as unknown as { __bench: Bench }).__bench;
      const interactive = performance.getEntriesByName(mark)[0]!.startTime;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const tasks = bench.longTasks.filter((task) => task.start < interactive);
      return {
        interactiveMs: interactive,
        responseEndMs: navigation.responseEnd,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        loadLongTasks: tasks.length,
        loadLongTaskMs: tasks.reduce((sum, task) => sum + task.duration, 0),
        fields: document.querySelectorAll('article [data-rich-text-field]').length,
        mountedAtInteractive: document.querySelectorAll('article .ProseMirror[contenteditable]').length,
        // What lazy mounting with a one-screen margin mounts at first (issue #16).
        nearViewport: [...document.querySelectorAll('article [data-rich-text-field]')].filter(
          (field) => field.getBoundingClientRect().top < 2 * innerHeight,
        ).length,
      };
    }, PLAN_INTERACTIVE_MARK);
    const heapMb = await heapAfterGc(cdp);
    if (profileDir) await saveProfile(cdp, profileDir, `editor165-load-${index + 1}`);

    const typing = await typeInTheMiddle(page, cdp, typedStrategy(areas), profileDir, index);
    const mountedAfterScroll = await scrollThrough(page, typedStrategy(areas));
    return { ...load, heapMb, ...typing, mountedAfterScroll };
  } finally {
    await person.close();
  }
}

interface Bench {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number; interactionId: number }[];
  keys: { start: number; handled: number; frame: number; work: number }[];
}

async function typeInTheMiddle(
  page: Page,
  cdp: CDPSession,
  label: string,
  profileDir: string | null,
  index: number,
) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.click();
  await page.keyboard.press('Control+End');
  // The click's own work (toolbar, presence) is over before the first measured keystroke.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const since = await page.evaluate(KEY_TIMING + '; performance.now()');
  if (profileDir) await cdp.send('Profiler.start');
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  // The last keystroke's frame has been measured once two more frames have passed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  if (profileDir) await saveProfile(cdp, profileDir, `editor165-typing-${index + 1}`);
  const text = await field.innerText();
  if (!text.replace(/\s+/g, ' ').includes(TYPED.trim()))
    throw new Error('editor165: the typed text is not in the strategy');
  const measured = await page.evaluate((since: number) => {
    const bench = (window as unknown as { __bench: Bench }).__bench;
    const events = bench.events.filter(
      (e) => e.start >= since && e.interactionId > 0 && /^key|input/.test(e.name),
    );
    const tasks = bench.longTasks.filter((task) => task.start >= since);
    return {
      handled: bench.keys.map((key) => key.handled),
      frame: bench.keys.map((key) => key.frame),
      work: bench.keys.map((key) => key.work),
      slowEvents: new Set(events.map((e) => e.interactionId)).size,
      slowestEventMs: events.reduce((max, e) => Math.max(max, e.duration), 0),
      typingLongTasks: tasks.length,
      typingLongTaskMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    };
  }, since as number);
  if (measured.handled.length !== TYPED.length)
    throw new Error(`editor165: ${measured.handled.length} keystrokes timed, ${TYPED.length} typed`);
  return measured;
}

/**
 * Scrolls to the end of the plan half a window at a time (two frames each, so the viewport
 * observers run), then back to the typed strategy, and counts the mounted editors: far fields
 * the person did not edit are unmounted again, so typing does not get slower the more of the
 * plan one has looked at.
 */
async function scrollThrough(page: Page, label: string): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate(async () => {
    // Until the page no longer scrolls (its end, whatever its height does meanwhile).
    for (let last = -1; scrollY !== last; ) {
      last = scrollY;
      scrollBy(0, innerHeight / 2);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  await page.getByRole('textbox', { name: label, exact: true }).evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => document.querySelectorAll('article .ProseMirror[contenteditable]').length);
}

/** JS heap in use after a full GC (what the open plan keeps alive). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function saveProfile(cdp: CDPSession, dir: string, name: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
}

const median = (values: number[]) => percentile(values, 50);
const f = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function report(runs: Run[], areas: number, loadStart: string): string {
  const rows: [string, (run: Run) => number, number][] = [
    ['navigation start → HTML response end (ms)', (r) => r.responseEndMs, 0],
    ['navigation start → DOMContentLoaded end (ms)', (r) => r.domContentLoadedMs, 0],
    ['**navigation start → plan interactive (ms)**', (r) => r.interactiveMs, 0],
    ['long tasks until interactive (count)', (r) => r.loadLongTasks, 0],
    ['long tasks until interactive (total ms)', (r) => r.loadLongTaskMs, 0],
    ['JS heap after GC, plan open (MB)', (r) => r.heapMb, 1],
    ['fields within 2 window heights of the top', (r) => r.nearViewport, 0],
    ['mounted editors at interactive', (r) => r.mountedAtInteractive, 0],
    ['mounted editors after scrolling to the end and back', (r) => r.mountedAfterScroll, 0],
    ['keystroke work, p50 (ms)', (r) => percentile(r.work, 50), 1],
    ['keystroke work, p95 (ms)', (r) => percentile(r.work, 95), 1],
    ['keystroke handled, p50 (ms)', (r) => percentile(r.handled, 50), 1],
    ['keystroke handled, p95 (ms)', (r) => percentile(r.handled, 95), 1],
    ['keystroke handled, max (ms)', (r) => Math.max(...r.handled), 1],
    ['keystroke → next frame, p50 (ms)', (r) => percentile(r.frame, 50), 1],
    ['keystroke → next frame, p95 (ms)', (r) => percentile(r.frame, 95), 1],
    ['keystroke → next frame, max (ms)', (r) => Math.max(...r.frame), 1],
    ['keystrokes with an Event Timing entry ≥ 16 ms', (r) => r.slowEvents, 0],
    ['longest Event Timing duration while typing (ms)', (r) => r.slowestEventMs, 0],
    ['long tasks while typing (count)', (r) => r.typingLongTasks, 0],
    ['long tasks while typing (total ms)', (r) => r.typingLongTaskMs, 0],
  ];
  return [
    `### Editor with ${areas * 11} fields — ${areas} focus areas × 10 strategies (+ purpose: ${runs[0]?.fields ?? '?'} rich-text fields), owner opens the plan in chromium on loopback, then types ${TYPED.length} characters into ${typedStrategy(areas).replace('Tekst for strategi', 'strategy')} (${KEY_DELAY_MS} ms apart); ${runs.length} runs, fresh browser context each`,
    '',
    `| measure | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} | median |`,
    `|---|${runs.map(() => '---:').join('|')}|---:|`,
    ...rows.map(
      ([label, pick, digits]) =>
        `| ${label} | ${runs.map((run) => f(pick(run), digits)).join(' | ')} | ${f(median(runs.map(pick)), digits)} |`,
    ),
    '',
    `Interactive = the client's \`${PLAN_INTERACTIVE_MARK}\` mark: the end of the first frame in which the synced plan's every rich-text field is in the page and each one in the window is a mounted ProseMirror view, the others drawn statically until they near the viewport or take focus (client/plan-editor/planInteractiveMark.ts). ` +
      'Keystroke "work" = keydown reaching the page (its first listener) → the input event\'s listeners and their microtasks done: the page\'s own work, no wait for a task or a frame; ' +
      '"handled" = keydown timestamp → end of the task that ran its last event (keydown/keypress/beforeinput/input) and microtasks; ' +
      '"next frame" = keydown → after the following frame was produced (includes waiting for the frame). ' +
      `/proc/loadavg at the start: ${loadStart}; at the end: ${loadavg()}.`,
  ].join('\n');
}

function loadavg(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'n/a';
  }
}
