import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDiff } from '../../shared/plan/diff';
import type {
  CompareResponse,
  ProcessResponse,
  VersionContentResponse,
  VersionListResponse,
  VersionResponse,
} from '../../shared/api/versions';
import type { AuditListResponse } from '../../shared/api/audit';
import { planDocName } from '../../shared/protocol';
import { addFocusArea, listFocusAreas, renameFocusArea } from '../../shared/plan/focusAreas';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { writeParagraphs } from '../../shared/plan/richText';
import { planSnapshot } from '../../shared/plan/snapshot';
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

function titleSegments(diff: PlanDiff, id: string): string {
  const area = diff.focusAreas.find((a) => a.id === id);
  return (area?.title.segments ?? [])
    .map((s) =>
      s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`,
    )
    .join('');
}

describe('versions for each political step', () => {
  it('freezes, compares, restores to everyone connected, and keeps observers read-only', async () => {
    server = await startTestServer({ seedDemo: false });
    const { cookie, planId } = await ownerWithPlan(server, 'Temaplan for medborgerskap');
    const owner = api(server.url, cookie);
    const client = connectClient(server.url, planDocName(planId), cookie);
    clients.push(client);
    await client.provider.whenSynced();

    // The working group drafts live; the server has these edits only in its update log.
    const areaId = addFocusArea(client.doc, { title: 'Arenaer for deltakelse' });
    const strategyId = addStrategy(client.doc, areaId) ?? '';
    writeParagraphs(listStrategies(client.doc, areaId)[0]!.body, [
      'Styrke frivilligheten i nærmiljøet.',
    ]);
    const live = server.medverk.docs;
    await waitFor(async () => {
      const name = planDocName(planId);
      const doc = (await live.open(name)).doc;
      live.release(name);
      return (
        listStrategies(doc, areaId).length === 1 &&
        listFocusAreas(doc)[0]?.title.toString() === 'Arenaer for deltakelse'
      );
    }, 'the server to hold the draft');
    const frozenContent = planSnapshot(client.doc);

    const frozen = await owner(`/api/plans/${planId}/versions`, {
      method: 'POST',
      body: { name: 'Til førstegangsbehandling', step: 'first-reading' },
    });
    expect(frozen.status).toBe(201);
    const { version } = (await frozen.json()) as VersionResponse;
    expect(version).toMatchObject({
      name: 'Til førstegangsbehandling',
      step: 'first-reading',
      createdBy: 'Saksbehandler',
    });

    const content = (await (
      await owner(`/api/plans/${planId}/versions/${version.id}`)
    ).json()) as VersionContentResponse;
    expect(content.snapshot).toEqual(frozenContent);

    // Editing goes on after the freeze.
    renameFocusArea(client.doc, areaId, 'Arenaer for deltakelse og læring');
    addFocusArea(client.doc, { title: 'Lokaldemokrati' });
    const compared = await waitFor(async () => {
      const response = await owner(`/api/plans/${planId}/compare?from=${version.id}&to=live`);
      const { diff } = (await response.json()) as CompareResponse;
      return diff.focusAreas.length === 2 && titleSegments(diff, areaId).includes('{+')
        ? diff
        : null;
    }, 'the comparison to show the edit');
    expect(titleSegments(compared, areaId)).toBe('Arenaer for deltakelse{+ og læring+}');
    expect(compared.focusAreas.map((a) => a.status)).toEqual(['kept', 'added']);
    expect(compared.focusAreas[0]?.strategies.map((s) => [s.id, s.status, s.changed])).toEqual([
      [strategyId, 'kept', false],
    ]);

    // Everyone with the plan open is told who restored which version (the edit alone does not say).
    const notices: unknown[] = [];
    client.connection.socket.on('planNotice', (doc, notice) => {
      if (doc === planDocName(planId)) notices.push(notice);
    });
    const restored = await owner(`/api/plans/${planId}/versions/${version.id}/restore`, {
      method: 'POST',
    });
    expect(restored.status).toBe(200);
    await waitFor(() => notices.length > 0, 'the open plan to be told of the restore');
    expect(notices).toEqual([
      { kind: 'versionRestored', versionName: 'Til førstegangsbehandling', by: 'Saksbehandler' },
    ]);
    await waitFor(
      () => JSON.stringify(planSnapshot(client.doc)) === JSON.stringify(frozenContent),
      'the connected client to see the restored version',
    );
    expect(planSnapshot(client.doc)).toEqual(frozenContent);
    const after = (await (
      await owner(`/api/plans/${planId}/compare?from=${version.id}&to=live`)
    ).json()) as CompareResponse;
    expect(after.diff.changed).toBe(false);

    // Listing is metadata only.
    const listResponse = await owner(`/api/plans/${planId}/versions`);
    const listText = await listResponse.text();
    const list = JSON.parse(listText) as VersionListResponse;
    expect(list.versions).toEqual([version]);
    expect(listText).not.toContain('state');

    const audit = (await (await owner(`/api/plans/${planId}/audit`)).json()) as AuditListResponse;
    expect(audit.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['version.frozen', 'version.restored']),
    );

    // An observer reads along: list, read and compare, but never freeze or restore.
    const { token } = await createInvite(server, cookie, planId, {
      role: 'observer',
      label: 'Politikere',
      expiresInHours: null,
      maxUses: null,
    });
    const observer = api(server.url, await joinAsGuest(server, token, 'Politiker'));
    expect((await observer(`/api/plans/${planId}/versions`)).status).toBe(200);
    expect((await observer(`/api/plans/${planId}/versions/${version.id}`)).status).toBe(200);
    expect((await observer(`/api/plans/${planId}/compare?from=live&to=${version.id}`)).status).toBe(
      200,
    );
    expect((await observer(`/api/plans/${planId}/process`)).status).toBe(200);
    expect(
      (
        await observer(`/api/plans/${planId}/versions`, {
          method: 'POST',
          body: { name: 'x', step: 'adopted' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await observer(`/api/plans/${planId}/versions/${version.id}/restore`, { method: 'POST' }))
        .status,
    ).toBe(403);
    expect(
      (
        await observer(`/api/plans/${planId}/process`, {
          method: 'PUT',
          body: { steps: [{ step: 'adopted', date: '2025-06-18' }] },
        })
      ).status,
    ).toBe(403);
  });

  it('keeps the process timeline and rejects bad input with 400 and unknown ids with 404', async () => {
    server = await startTestServer({ seedDemo: false });
    const { cookie, planId } = await ownerWithPlan(server);
    const owner = api(server.url, cookie);

    const initial = (await (await owner(`/api/plans/${planId}/process`)).json()) as ProcessResponse;
    expect(initial.steps.map((s) => s.step)).toEqual([
      'drafting',
      'first-reading',
      'consultation',
      'second-reading',
      'adopted',
    ]);
    expect(initial.steps.every((s) => s.date === null)).toBe(true);

    const put = await owner(`/api/plans/${planId}/process`, {
      method: 'PUT',
      body: {
        steps: [
          { step: 'first-reading', date: '2025-03-11' },
          { step: 'adopted', date: '2025-06-18' },
        ],
      },
    });
    expect(put.status).toBe(200);
    await owner(`/api/plans/${planId}/process`, {
      method: 'PUT',
      body: { steps: [{ step: 'adopted', date: null }] },
    });
    const process = (await (await owner(`/api/plans/${planId}/process`)).json()) as ProcessResponse;
    expect(process.steps.filter((s) => s.date !== null)).toEqual([
      { step: 'first-reading', date: '2025-03-11' },
    ]);

    for (const body of [
      { steps: [{ step: 'hearing', date: '2025-01-01' }] },
      { steps: [{ step: 'adopted', date: '2025-02-30' }] },
      { steps: [] },
      'x',
    ]) {
      const response = await owner(`/api/plans/${planId}/process`, { method: 'PUT', body });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'bad-request',
      );
    }
    for (const body of [{ name: '', step: 'adopted' }, { name: 'v', step: 'vedtak' }, {}]) {
      expect((await owner(`/api/plans/${planId}/versions`, { method: 'POST', body })).status).toBe(
        400,
      );
    }
    expect((await owner(`/api/plans/${planId}/compare?from=live`)).status).toBe(400);
    expect((await owner(`/api/plans/${planId}/compare?from=live&to=nope`)).status).toBe(404);
    expect((await owner(`/api/plans/${planId}/versions/nope`)).status).toBe(404);
    expect(
      (await owner(`/api/plans/${planId}/versions/nope/restore`, { method: 'POST' })).status,
    ).toBe(404);
    expect((await owner(`/api/plans/nope/versions`)).status).toBe(404);

    // A version of one plan is not reachable through another.
    const other = await ownerWithPlan(server, 'Annen plan');
    const made = (await (
      await api(server.url, other.cookie)(`/api/plans/${other.planId}/versions`, {
        method: 'POST',
        body: { name: 'v', step: 'drafting' },
      })
    ).json()) as VersionResponse;
    await owner(`/api/plans/${planId}/versions`, {
      method: 'POST',
      body: { name: 'v', step: 'drafting' },
    });
    expect((await owner(`/api/plans/${planId}/versions/${made.version.id}`)).status).toBe(404);
  });
});
