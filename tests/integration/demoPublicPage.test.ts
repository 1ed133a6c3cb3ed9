import { afterEach, describe, expect, it } from 'vitest';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.dispose();
  server = null;
});

describe('the demo plan’s public side (npm start)', () => {
  it('is switched on with a published draft, a consultation open now, goals and a knowledge base', async () => {
    server = await startTestServer({ env: { SEED_DEMO_PUBLIC_PAGE: 'true' } });
    const response = await fetch(`${server.url}/api/public/plans/temaplan-for-medborgerskap`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as PublicPlanResponse;
    expect(page.plan).toMatchObject({
      title: 'Temaplan for medborgerskap',
      municipality: 'Asker kommune',
    });
    expect(page.input.kind).toBe('consultation');
    expect(page.process.current).toBe('consultation');
    expect(page.version?.snapshot.focusAreas.map((area) => area.title)).toEqual([
      'Arenaer for deltakelse og læring',
      'Infrastruktur for kultur, aktivitet og friluftsliv',
      'Frivillighet',
      'Nærdemokrati og innbyggermedvirkning',
    ]);
    expect(page.goals.map((goal) => [goal.number, goal.sdg, goal.focusAreaIds.length])).toEqual([
      ['1', 10, 2],
      ['2', 11, 2],
      ['3', 17, 1],
    ]);
    expect(page.knowledge.map((item) => item.url)).toEqual([
      'https://app.cristin.no/persons/show.jsf?id=312510',
    ]);
  });

  it('is seeded once: a restart on the same data does not add a second version or consultation', async () => {
    server = await startTestServer({ env: { SEED_DEMO_PUBLIC_PAGE: 'true' } });
    await server.stop();
    const { dataDir } = server;
    server = await startTestServer({ dataDir, env: { SEED_DEMO_PUBLIC_PAGE: 'true' } });
    const [plan] = await server.medverk.storage.plans.listPlans();
    expect(await server.medverk.storage.versions.listVersions(plan!.id)).toHaveLength(1);
    expect(await server.medverk.storage.consultations.list(plan!.id)).toHaveLength(1);
  });
});
