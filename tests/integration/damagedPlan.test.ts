import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompareResponse, VersionResponse } from '../../shared/api/versions';
import { planDocName } from '../../shared/protocol';
import { listFocusAreas } from '../../shared/plan/focusAreas';
import { checkPlanDoc } from '../../shared/plan/schema/checkPlanDoc';
import {
  damageLikeTheIssue,
  damageRootTypes,
  soundPlan,
} from '../../shared/plan/schema/damagedPlan';
import { loadConfig } from '../../server/config';
import { readPlanDoc } from '../../server/export/readPlanDoc';
import { openStorage } from '../../server/storage/openStorage';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { databaseUrlForDataDir, testServersUsePostgres } from '../support/postgres';
import { connectClient, type TestClient } from '../support/syncClient';
import { waitFor } from '../support/waitFor';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Damages the stored plan straight in storage, as the server's update check would never let it. */
async function damageInStorage(dataDir: string, planId: string): Promise<void> {
  const storageEnv = testServersUsePostgres()
    ? { DATABASE_URL: await databaseUrlForDataDir(dataDir) }
    : {};
  const storage = await openStorage(loadConfig({ DATA_DIR: dataDir, ...storageEnv }));
  try {
    const doc = await readPlanDoc(storage.docs, planId);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    damageLikeTheIssue(doc);
    damageRootTypes(doc);
    await storage.docs.appendUpdates([
      { doc: planDocName(planId), update: Y.mergeUpdates(updates) },
    ]);
    doc.destroy();
  } finally {
    await storage.close();
  }
}

describe('a plan damaged in storage', () => {
  it('can still be exported, compared, opened in the editor and restored', async () => {
    let server: TestServer = await startTestServer({
      seedDemo: false,
      env: { LOG_LEVEL: 'error' },
    });
    const dataDir = server.dataDir;
    cleanups.push(() => server.dispose());
    const { cookie, planId } = await ownerWithPlan(server, 'Temaplan');
    const owner = api(server.url, cookie);
    const name = planDocName(planId);
    const live = await server.medverk.docs.open(name);
    Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(soundPlan()));
    server.medverk.docs.release(name);
    await server.medverk.docs.whenDurable();
    const frozen = await owner(`/api/plans/${planId}/versions`, {
      method: 'POST',
      body: { name: 'Høring', step: 'first-reading' },
    });
    expect(frozen.status).toBe(201);
    const { version } = (await frozen.json()) as VersionResponse;
    await server.stop();

    await damageInStorage(dataDir, planId);
    server = await startTestServer({ dataDir, seedDemo: false, env: { LOG_LEVEL: 'error' } });
    const again = api(server.url, cookie);

    for (const format of ['md', 'docx', 'pdf', 'html']) {
      const response = await again(`/api/plans/${planId}/export?format=${format}`);
      expect(response.status, format).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      if (format === 'md') expect(body.toString('utf8')).toContain('Infrastruktur');
    }
    const markdown = await again(`/api/plans/${planId}/export.md`);
    expect(markdown.status).toBe(200);
    expect(await markdown.text()).toContain('Strategi 1 i a1');

    const compared = await again(`/api/plans/${planId}/compare?from=${version.id}&to=live`);
    expect(compared.status).toBe(200);
    const diff = ((await compared.json()) as CompareResponse).diff;
    expect(diff.focusAreas.find((area) => area.id === 'a1')?.title.changed).toBe(true);

    // The editor opens the plan and shows the focus area that still fits.
    const client: TestClient = connectClient(server.url, name, cookie);
    cleanups.push(() => client.close());
    await client.provider.whenSynced();
    expect(listFocusAreas(client.doc).map((area) => area.id)).toEqual(['a2']);

    const restored = await again(`/api/plans/${planId}/versions/${version.id}/restore`, {
      method: 'POST',
    });
    expect(restored.status).toBe(200);
    const after = await server.medverk.docs.open(name);
    try {
      expect(checkPlanDoc(after.doc)).toEqual([]);
    } finally {
      server.medverk.docs.release(name);
    }
    await waitFor(
      () =>
        listFocusAreas(client.doc)
          .map((area) => `${area.id}:${area.title.toString()}`)
          .join() === 'a1:Arenaer,a2:Infrastruktur',
      'the editor to receive the restored plan',
    );
  });
});
