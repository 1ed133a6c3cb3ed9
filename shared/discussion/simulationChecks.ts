import * as Y from 'yjs';
import { expect } from 'vitest';
import { checkPlanDoc } from '../plan/schema/checkPlanDoc';
import { checkSuggestion } from './accept';
import { isEmptyRange, rangeText, resolveRange } from './anchors';
import { sectionFragment } from './sections';
import { modelAccept, modelRange, paragraphsOf } from './simulationModel';
import { PURPOSE, type Simulation } from './simulationWorld';
import { discussionView } from './view';

/** The invariants simulation.test.ts checks, on the server now and then, everywhere after syncing. */

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
const stateOf = (doc: Y.Doc) => Y.encodeStateVector(doc);
/** What a command that must not touch the plan must leave as it was (deletions make no new state). */
export const planState = (doc: Y.Doc) =>
  `${stateOf(doc).join(',')} ${JSON.stringify(paragraphsOf(doc, PURPOSE))}`;

/** Characters of `client` in [from, to) are still live in `doc`. */
export function expectAlive(
  doc: Y.Doc,
  client: number,
  from: number,
  to: number,
  what: string,
): void {
  if (from >= to) return;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  const lost = Array.from({ length: to - from }, (_, i) => from + i).filter((clock) =>
    Y.isDeleted(deleted, Y.createID(client, clock)),
  );
  expect(lost, `${what} lost characters of client ${client}`).toEqual([]);
}

/** What must hold at any moment on the server, whatever is still in flight. */
export function checkServer(sim: Simulation): void {
  expect(checkPlanDoc(sim.server)).toEqual([]);
  expect(sim.server.store.pendingStructs, 'the server parked an update').toBeNull();
  const view = discussionView(sim.discussion);
  // Every suggestion ever made is there exactly once, as it must read: none vanishes.
  expect(view.suggestions.map((s) => s.id).sort()).toEqual([...sim.suggestions.keys()].sort());
  expect(view.suggestions).toEqual(view.suggestions.map((s) => sim.suggestions.get(s.id)));
  // What accept.ts says of each open suggestion now is what the model says.
  const open = view.suggestions.filter((s) => s.status === 'open');
  const verdicts = open.map((s) => {
    const verdict = checkSuggestion(sim.server, s);
    return { id: s.id, ...(verdict.ok ? verdict : { ok: false, code: verdict.code }) };
  });
  expect(verdicts).toEqual(open.map((s) => ({ id: s.id, ...modelAccept(sim.server, s, false) })));
  expect(view.threads.map((t) => t.id).sort()).toEqual([...sim.threads.keys()].sort());
  const fragment = sectionFragment(sim.server, PURPOSE)!;
  // Each thread keeps its range and quote; over deleted text it is detached (null or empty).
  const places = view.threads.map((thread) => {
    const range = resolveRange(
      sim.server,
      fragment,
      thread.anchor.range!.start,
      thread.anchor.range!.end,
    );
    const place =
      range === null || isEmptyRange(range)
        ? 'detached'
        : { ...range, text: rangeText(fragment, range) };
    return { id: thread.id, range: thread.anchor.range, messages: thread.messages.length, place };
  });
  const expected = view.threads.map(({ id }) => {
    const made = sim.threads.get(id)!;
    const model = modelRange(sim.server, PURPOSE, made.start, made.end);
    const place =
      typeof model === 'string' || model.text.replace(/\n/g, '') === '' ? 'detached' : model;
    return { id, range: made, messages: 1, place };
  });
  expect(places).toEqual(expected);
}

/** After everything is delivered: one plan everywhere. */
export function checkConverged(sim: Simulation): void {
  sim.net.syncAll();
  const expected = paragraphsOf(sim.server, PURPOSE);
  for (const replica of sim.net.replicas) {
    expect(
      sameBytes(stateOf(replica.doc), stateOf(sim.server)),
      `replica ${replica.index} state`,
    ).toBe(true);
    expect(paragraphsOf(replica.doc, PURPOSE), `replica ${replica.index} text`).toEqual(expected);
    expect(checkPlanDoc(replica.doc)).toEqual([]);
  }
  checkServer(sim);
}
