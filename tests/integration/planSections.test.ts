import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSectionsResponse } from '../../shared/api/sections';
import { addSections } from '../support/publicSideFiles';
import {
  addMember,
  api,
  createStaff,
  loginCookie,
  ownerWithPlan,
  startTestServer,
  type TestServer,
} from '../support/testServer';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.dispose();
  server = null;
});

describe("the current draft's sections", () => {
  it('lists the whole plan, focus areas and strategies in reading order to those who read the plan', async () => {
    server = await startTestServer({ seedDemo: false });
    const owner = await ownerWithPlan(server);
    const { focusAreas, strategies } = await addSections(server, owner.planId);

    const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/sections`);
    expect(response.status).toBe(200);
    const { sections } = (await response.json()) as PlanSectionsResponse;
    expect(sections.map((s) => s.key)).toEqual([
      'plan',
      `fa:${focusAreas[0]}`,
      `st:${strategies[0]}`,
      `st:${strategies[1]}`,
      `fa:${focusAreas[1]}`,
    ]);
    expect(sections[1]).toMatchObject({ kind: 'focusArea', number: '1', text: 'Møteplasser' });
    expect(sections[3]).toMatchObject({ kind: 'strategy', number: '1.2' });
  });

  it('refuses workshop participants and people without a session', async () => {
    server = await startTestServer({ seedDemo: false });
    const owner = await ownerWithPlan(server);
    const { id } = await createStaff(server, {
      email: 'deltaker@example.no',
      name: 'Deltaker',
      password: 'riktig-passord-1',
    });
    await addMember(server, owner.planId, id, 'participant');
    const participant = await loginCookie(server.url, 'deltaker@example.no', 'riktig-passord-1');

    expect((await api(server.url, participant)(`/api/plans/${owner.planId}/sections`)).status).toBe(
      403,
    );
    expect((await api(server.url, null)(`/api/plans/${owner.planId}/sections`)).status).toBe(401);
  });
});
