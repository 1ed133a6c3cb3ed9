import { afterEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import type { ApiError } from '../../shared/api/errors';
import type { VersionResponse } from '../../shared/api/versions';
import { planDocName } from '../../shared/protocol';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { installErrorHandling } from '../../server/http/errors';
import { installIdentity } from '../../server/http/identityHooks';
import { versionRoutes } from '../../server/http/routes/versions';
import type { InstrumentedStorage } from '../../server/testing/InstrumentedStorage';
import {
  api,
  ownerWithPlan,
  startInstrumentedServer,
  type TestServer,
} from '../support/testServer';
import { waitFor } from '../support/waitFor';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real server whose document appends the test can hold, stopped after the test. */
async function startHoldableServer(): Promise<TestServer & { docs: InstrumentedStorage }> {
  const server = await startInstrumentedServer();
  cleanups.push(() => server.dispose());
  return server;
}

/** A plan with one focus area and a version of it, then a second area added after the freeze. */
async function planWithVersion(
  server: TestServer,
): Promise<{ cookie: string; planId: string; versionId: string }> {
  const { cookie, planId } = await ownerWithPlan(server);
  const name = planDocName(planId);
  const live = await server.medverk.docs.open(name);
  addFocusArea(live.doc, { title: 'Arenaer' });
  const frozen = await api(server.url, cookie)(`/api/plans/${planId}/versions`, {
    method: 'POST',
    body: { name: 'Høring', step: 'first-reading' },
  });
  expect(frozen.status).toBe(201);
  addFocusArea(live.doc, { title: 'Etter frysingen' });
  server.medverk.docs.release(name);
  await server.medverk.docs.whenDurable();
  return { cookie, planId, versionId: ((await frozen.json()) as VersionResponse).version.id };
}

describe('restoring a version', () => {
  it('answers only once the restore is committed', async () => {
    const server = await startHoldableServer();
    const { cookie, planId, versionId } = await planWithVersion(server);
    const owner = api(server.url, cookie);

    server.docs.hold.append = true;
    let answered = false;
    const restore = owner(`/api/plans/${planId}/versions/${versionId}/restore`, {
      method: 'POST',
    }).then((response) => {
      answered = true;
      return response;
    });
    await waitFor(() => server.docs.held.append.length > 0, 'the restore to reach storage');
    // A whole request round trip later the restore has still not answered: it waits for the commit.
    expect((await owner('/api/health')).status).toBe(200);
    expect(answered).toBe(false);

    server.docs.hold.append = false;
    server.docs.releaseAll('append');
    expect((await restore).status).toBe(200);
  });

  it('answers an error, not success, when storage does not commit it', async () => {
    const server = await startHoldableServer();
    const { cookie, planId, versionId } = await planWithVersion(server);
    // The real routes on a second app whose restore waits 100 ms for storage instead of 10 s.
    const app = Fastify();
    cleanups.push(() => app.close());
    installErrorHandling(app);
    await installIdentity(app, server.medverk.auth);
    versionRoutes(app, server.medverk.auth, { docs: server.medverk.docs, durableWithinMs: 100 });

    server.docs.hold.append = true;
    const response = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/versions/${versionId}/restore`,
      headers: { cookie, origin: 'http://medverk.test', host: 'medverk.test' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json<ApiError>().error.message).toMatch(/could not be stored/);
    expect(server.docs.held.append.length).toBeGreaterThan(0);
  });
});
