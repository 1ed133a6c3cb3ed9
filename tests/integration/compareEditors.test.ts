import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { CompareResponse, VersionResponse } from '../../shared/api/versions';
import { planDocName } from '../../shared/protocol';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { writeParagraphs } from '../../shared/plan/richText';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, type TestClient } from '../support/syncClient';
import { createInvite, joinAsGuest } from '../support/people';
import { waitFor } from '../support/waitFor';

let server: TestServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server?.dispose();
  server = null;
});

function strategyText(doc: Y.Doc, areaId: string, id: string): string {
  return listStrategies(doc, areaId).find((s) => s.id === id)?.body.toJSON() ?? '';
}

describe('who changed what between two versions', () => {
  it('lists the people who edited each section, and nobody for untouched ones', async () => {
    const started = server = await startTestServer({ seedDemo: false });
    const { cookie, planId } = await ownerWithPlan(started, 'Temaplan for idrett');
    const owner = api(started.url, cookie);
    const name = planDocName(planId);
    const { token } = await createInvite(started, cookie, planId, {
      role: 'editor',
      label: 'Idrettsrådet',
      expiresInHours: null,
      maxUses: null,
    });
    const guestCookie = await joinAsGuest(started, token, 'Kari');
    const ownerClient = connectClient(started.url, name, cookie);
    const guestClient = connectClient(started.url, name, guestCookie);
    clients.push(ownerClient, guestClient);
    await ownerClient.provider.whenSynced();
    await guestClient.provider.whenSynced();

    const areaId = addFocusArea(ownerClient.doc, { title: 'Anlegg' });
    const first = addStrategy(ownerClient.doc, areaId) ?? '';
    const second = addStrategy(ownerClient.doc, areaId) ?? '';
    const quiet = addFocusArea(ownerClient.doc, { title: 'Frivillighet' });
    const serverHas = async (check: (doc: Y.Doc) => boolean) => {
      const doc = (await started.medverk.docs.open(name)).doc;
      started.medverk.docs.release(name);
      return check(doc);
    };
    await waitFor(() => serverHas((doc) => listStrategies(doc, areaId).length === 2), 'the draft');
    await waitFor(() => listStrategies(guestClient.doc, areaId).length === 2, 'the guest to see it');
    const freeze = async (label: string) => {
      const response = await owner(`/api/plans/${planId}/versions`, {
        method: 'POST',
        body: { name: label, step: 'drafting' },
      });
      return ((await response.json()) as VersionResponse).version.id;
    };
    const before = await freeze('Før');

    writeParagraphs(listStrategies(ownerClient.doc, areaId).find((s) => s.id === first)!.body, ['Flere baner.']);
    writeParagraphs(listStrategies(guestClient.doc, areaId).find((s) => s.id === second)!.body, ['Åpne hallene.']);
    await waitFor(
      () =>
        serverHas(
          (doc) =>
            strategyText(doc, areaId, first).includes('Flere baner') &&
            strategyText(doc, areaId, second).includes('Åpne hallene'),
        ),
      'the server to hold both edits',
    );
    const after = await freeze('Etter');

    const compare = async (from: string, to: string) =>
      (await (await owner(`/api/plans/${planId}/compare?from=${from}&to=${to}`)).json()) as CompareResponse;
    const { diff, editors } = await compare(before, after);
    expect(diff.focusAreas.find((a) => a.id === areaId)?.strategies.map((s) => s.changed)).toEqual([true, true]);
    expect(editors).toEqual({
      [`strategy:${areaId}/${first}`]: ['Saksbehandler'],
      [`strategy:${areaId}/${second}`]: ['Kari'],
    });
    expect(editors[`area:${areaId}`]).toBeUndefined();
    expect(editors[`area:${quiet}`]).toBeUndefined();
    // The window is the same whichever side comes first; nothing changed since the last freeze.
    expect((await compare(after, before)).editors).toEqual(editors);
    expect((await compare(after, 'live')).editors).toEqual({});
  });
});
