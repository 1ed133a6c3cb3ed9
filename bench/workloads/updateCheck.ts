import * as Y from 'yjs';
import { listFocusAreas, moveFocusArea, renameFocusArea } from '../../shared/plan/focusAreas';
import { initPlan } from '../../shared/plan/planDoc';
import { writeParagraphs } from '../../shared/plan/richText';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { ShapeChecker } from '../../shared/plan/schema/checkUpdate';
import { fillLargePlan, LARGE_PLAN } from '../lib/largePlan';
import { percentile } from '../lib/stats';

/**
 * W6: what the server's plan-shape check (shared/plan/schema/checkUpdate.ts) costs per update,
 * beside what applying the update costs, in this process. A 150-strategy plan; updates as the
 * editor makes them: typing a character into a strategy, renaming and moving a focus area,
 * adding a strategy with a paragraph.
 */
export function updateCheckWorkload(options: { updates: number; random: () => number }): string {
  const source = largePlan();
  const kinds = {
    'typing (1 char)': (doc: Y.Doc) => {
      const area = pick(listFocusAreas(doc), options.random);
      const strategy = pick(listStrategies(doc, area.id), options.random);
      const paragraph = strategy.body.get(0);
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
      if (text instanceof Y.XmlText) text.insert(Math.floor(options.random() * text.length), 'x');
    },
    'rename focus area': (doc: Y.Doc) => {
      const area = pick(listFocusAreas(doc), options.random);
      renameFocusArea(doc, area.id, `${area.title.toString()}!`);
    },
    'move focus area': (doc: Y.Doc) => {
      const areas = listFocusAreas(doc);
      moveFocusArea(
        doc,
        pick(areas, options.random).id,
        Math.floor(options.random() * areas.length),
      );
    },
    'add strategy + paragraph': (doc: Y.Doc) => {
      const area = pick(listFocusAreas(doc), options.random);
      const id = addStrategy(doc, area.id);
      const strategy = listStrategies(doc, area.id).find((candidate) => candidate.id === id);
      if (strategy) writeParagraphs(strategy.body, ['Ny strategi']);
    },
  };
  const lines = [
    `### W6 plan-shape check — ${options.updates} updates per kind on a 150-strategy plan (in process)`,
    '',
    '| update | bytes p50 | apply p50 (µs) | check p50 (µs) | check p99 (µs) | check / apply |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [name, change] of Object.entries(kinds)) {
    const editor = new Y.Doc();
    Y.applyUpdate(editor, source);
    const server = new Y.Doc();
    Y.applyUpdate(server, source);
    const checker = new ShapeChecker(server);
    const bytes: number[] = [];
    const applyUs: number[] = [];
    const checkUs: number[] = [];
    for (let i = 0; i < options.updates; i++) {
      const before = Y.encodeStateVector(editor);
      change(editor);
      const update = Y.encodeStateAsUpdate(editor, before);
      bytes.push(update.byteLength);
      let started = performance.now();
      const verdict = checker.check(update);
      checkUs.push((performance.now() - started) * 1000);
      if (!verdict.ok) throw new Error(`W6: a legitimate ${name} was refused: ${verdict.reason}`);
      started = performance.now();
      Y.applyUpdate(server, update);
      applyUs.push((performance.now() - started) * 1000);
    }
    const apply = percentile(applyUs, 50);
    const check = percentile(checkUs, 50);
    lines.push(
      `| ${name} | ${percentile(bytes, 50)} | ${apply.toFixed(1)} | ${check.toFixed(1)} | ${percentile(checkUs, 99).toFixed(1)} | ${(check / apply).toFixed(2)}× |`,
    );
  }
  return lines.join('\n');
}

function largePlan(): Uint8Array {
  const doc = new Y.Doc();
  initPlan(doc, { title: 'Temaplan for medborgerskap', municipality: 'Asker' });
  fillLargePlan(doc, {
    ...LARGE_PLAN,
    paragraphs: (a, s) => [`Strategi ${a}.${s}: vi skal legge til rette for at flere deltar.`],
  });
  return Y.encodeStateAsUpdate(doc);
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('W6: nothing to pick from');
  return item;
}
