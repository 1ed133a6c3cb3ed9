import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import { addFocusArea, listFocusAreas, renameFocusArea } from '../../shared/plan/focusAreas';
import { addStrategy } from '../../shared/plan/strategies';
import { planSnapshot } from '../../shared/plan/snapshot';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import { connectClient, stateOf, type TestClient } from '../support/syncClient';
import { createTestSchema, postgresSkipReason, type TestSchema } from '../support/postgres';
import { waitFor } from '../support/waitFor';

const skipReason = await postgresSkipReason('tests/integration/postgres.test.ts');
const title = skipReason ? `the server on PostgreSQL (skipped: ${skipReason})` : 'the server on PostgreSQL';

describe.skipIf(skipReason !== null)(title, () => {
  const servers: TestServer[] = [];
  const clients: TestClient[] = [];
  let schema: TestSchema | null = null;

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    for (const server of servers.splice(0)) await server.dispose();
    await schema?.drop();
    schema = null;
  });

  /** A server (own data dir, so nothing can come from a SQLite file) on this test's schema. */
  async function start(env: Record<string, string> = {}): Promise<TestServer> {
    schema ??= await createTestSchema();
    const server = await startTestServer({ seedDemo: false, env: { DATABASE_URL: schema.url, ...env } });
    servers.push(server);
    return server;
  }

  function open(server: TestServer, doc: string, cookie: string): TestClient {
    const client = connectClient(server.url, doc, cookie);
    clients.push(client);
    return client;
  }

  it('co-editing converges, and a restarted server serves the identical document', async () => {
    // Compacting after a handful of updates, so the log is folded into snapshots along the way.
    const first = await start({ COMPACT_AFTER_UPDATES: '5' });
    const health = (await (await api(first.url, null)('/api/health')).json()) as { storage: string };
    expect(health.storage).toBe('postgres');

    const owner = await ownerWithPlan(first, 'Temaplan');
    const docName = planDocName(owner.planId);
    const [a, b, c] = [open(first, docName, owner.cookie), open(first, docName, owner.cookie), open(first, docName, owner.cookie)];
    await Promise.all([a, b, c].map((client) => client.provider.whenSynced()));
    const areaA = addFocusArea(a.doc, { title: 'Frivillighet' });
    const areaB = addFocusArea(b.doc, { title: 'Nærdemokrati' });
    addFocusArea(c.doc, { title: 'Arenaer' });
    for (let i = 0; i < 20; i++) {
      addStrategy(a.doc, areaA);
      renameFocusArea(b.doc, areaB, `Nærdemokrati ${i} – æøå`);
    }
    await waitFor(
      () => [a, b, c].every((client) => listFocusAreas(client.doc).length === 3 && stateOf(client.doc) === stateOf(a.doc)),
      'all three replicas to converge',
    );
    await Promise.all([a, b, c].map((client) => client.provider.whenSaved()));
    // Over forty updates were stored; compaction has folded most of them into the snapshot.
    await waitFor(async () => {
      const stored = await first.medverk.storage.docs.loadDoc(docName);
      return stored.snapshot !== null && stored.updates.length < 10;
    }, 'the log to be compacted');
    const before = Y.encodeStateAsUpdate(a.doc);
    clients.splice(0).forEach((client) => client.close());
    await first.stop();

    const second = await start();
    const reader = open(second, docName, owner.cookie);
    await reader.provider.whenSynced();
    const original = new Y.Doc();
    Y.applyUpdate(original, before);
    expect(stateOf(reader.doc)).toBe(stateOf(original));
    expect(planSnapshot(reader.doc)).toEqual(planSnapshot(original));
  });

  it('login, invites and guests work across two servers on one database', async () => {
    const [one, two] = [await start(), await start()];
    const owner = await ownerWithPlan(one, 'Felles plan');
    // A session made on one server is known to the other.
    const me = (await (await api(two.url, owner.cookie)('/api/auth/me')).json()) as { me: { kind?: string } | null };
    expect(me.me).not.toBeNull();

    const { token } = await createInvite(one, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 1, maxUses: null });
    const guestCookie = await joinAsGuest(two, token, 'Gjest');
    expect((await api(one.url, guestCookie)(`/api/plans/${owner.planId}`)).status).toBe(200);

    // A single-use link redeemed on both servers at once: exactly one gets in.
    const single = await createInvite(two, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 1, maxUses: 1 });
    const answers = await Promise.all(
      [one, two].map((server, i) =>
        api(server.url, null)(`/api/invites/${single.token}/redeem`, { method: 'POST', body: { displayName: `Gjest ${i}` } }),
      ),
    );
    expect(answers.map((response) => response.status).sort()).toEqual([200, 410]);
  });
});
