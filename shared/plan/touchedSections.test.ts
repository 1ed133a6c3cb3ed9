import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, deleteFocusArea, renameFocusArea } from './focusAreas';
import { initPlan, purposeFragment, titleText } from './planDoc';
import { writeParagraphs } from './richText';
import { addStrategy, deleteStrategy, listStrategies } from './strategies';
import { touchedSections } from './touchedSections';

/** A server-side replica and a client whose edits reach it as updates, as over the wire. */
function replicas() {
  const server = new Y.Doc();
  initPlan(server, { title: 'Temaplan', municipality: 'Bø' });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** Applies what `edit` did on the client to the server and returns the sections it touched. */
function sectionsOf(server: Y.Doc, client: Y.Doc, edit: () => void): string[] {
  const before = Y.encodeStateVector(client);
  edit();
  const update = Y.encodeStateAsUpdate(client, before);
  const found = new Set<string>();
  const listener = (transaction: Y.Transaction) => {
    for (const section of touchedSections(transaction)) found.add(section);
  };
  server.on('afterTransaction', listener);
  Y.applyUpdate(server, update, 'peer');
  server.off('afterTransaction', listener);
  return [...found].sort();
}

describe('touchedSections', () => {
  it('names the plan title and purpose', () => {
    const { server, client } = replicas();
    expect(sectionsOf(server, client, () => titleText(client).insert(0, 'Ny '))).toEqual(['title']);
    expect(
      sectionsOf(server, client, () => writeParagraphs(purposeFragment(client), ['Formål.'])),
    ).toEqual(['purpose']);
  });

  it('names an added, renamed and deleted focus area', () => {
    const { server, client } = replicas();
    let areaId = '';
    expect(sectionsOf(server, client, () => (areaId = addFocusArea(client, { title: 'Arena' })))).toEqual([
      `area:${areaId}`,
    ]);
    expect(sectionsOf(server, client, () => renameFocusArea(client, areaId, 'Arenaer'))).toEqual([
      `area:${areaId}`,
    ]);
    expect(sectionsOf(server, client, () => deleteFocusArea(client, areaId))).toEqual([`area:${areaId}`]);
  });

  it('names a strategy, not its focus area, when only the strategy changed', () => {
    const { server, client } = replicas();
    let areaId = '';
    sectionsOf(server, client, () => (areaId = addFocusArea(client, { title: 'Arena' })));
    let first = '';
    let second = '';
    expect(
      sectionsOf(server, client, () => {
        first = addStrategy(client, areaId) ?? '';
        second = addStrategy(client, areaId) ?? '';
      }),
    ).toEqual([`strategy:${areaId}/${first}`, `strategy:${areaId}/${second}`].sort());
    const body = listStrategies(client, areaId).find((s) => s.id === second)!.body;
    expect(sectionsOf(server, client, () => writeParagraphs(body, ['Styrke frivilligheten.']))).toEqual([
      `strategy:${areaId}/${second}`,
    ]);
    expect(sectionsOf(server, client, () => deleteStrategy(client, areaId, first))).toEqual([
      `strategy:${areaId}/${first}`,
    ]);
  });

  it('names nothing for an update that changes nothing', () => {
    const { server, client } = replicas();
    expect(sectionsOf(server, client, () => undefined)).toEqual([]);
  });
});
