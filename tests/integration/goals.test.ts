import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { GoalListResponse, GoalResponse } from '../../shared/api/publicPage';
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

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let editorCookie: string;
let observerCookie: string;
let sections: Awaited<ReturnType<typeof addSections>>;

const asOwner = () => api(server.url, owner.cookie);
const base = () => `/api/plans/${owner.planId}/goals`;
const linkPath = (focusAreaId: string) =>
  `/api/plans/${owner.planId}/focus-areas/${focusAreaId}/goals`;

async function staff(role: 'editor' | 'observer'): Promise<string> {
  const email = `${role}@asker.kommune.no`;
  const { id } = await createStaff(server, { email, name: role, password: 'riktig-passord-1' });
  await addMember(server, owner.planId, id, role);
  return loginCookie(server.url, email, 'riktig-passord-1');
}

async function goals(cookie = owner.cookie): Promise<GoalListResponse['goals']> {
  const response = await api(server.url, cookie)(base());
  expect(response.status).toBe(200);
  return ((await response.json()) as GoalListResponse).goals;
}

async function addGoal(body: unknown): Promise<Response> {
  return asOwner()(base(), { method: 'POST', body });
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  editorCookie = await staff('editor');
  observerCookie = await staff('observer');
  sections = await addSections(server, owner.planId);
});

afterAll(async () => {
  await server.dispose();
});

describe("the master plan's goals", () => {
  let health: string;
  let inclusion: string;

  it('are listed by the owner, each on an SDG or none', async () => {
    const first = await addGoal({ number: '1', title: 'God helse for alle', sdg: 3 });
    expect(first.status).toBe(201);
    const goal = ((await first.json()) as GoalResponse).goal;
    expect(goal).toMatchObject({
      number: '1',
      title: 'God helse for alle',
      sdg: 3,
      focusAreaIds: [],
    });
    health = goal.id;
    const second = await addGoal({
      number: '2.1',
      title: 'Et inkluderende lokalsamfunn',
      sdg: null,
    });
    inclusion = ((await second.json()) as GoalResponse).goal.id;

    expect((await goals(editorCookie)).map((g) => [g.number, g.sdg])).toEqual([
      ['1', 3],
      ['2.1', null],
    ]);
  });

  it('refuse numbers outside the 17 SDGs and bad bodies', async () => {
    for (const body of [
      { number: '3', title: 'Mål', sdg: 18 },
      { number: '3', title: 'Mål', sdg: 0 },
      { number: '3', title: 'Mål', sdg: 2.5 },
      { number: '3', title: '', sdg: null },
      { number: '3', title: 'Mål' },
      { number: '3', title: 'Mål', sdg: null, extra: 1 },
    ]) {
      expect((await addGoal(body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await goals()).toHaveLength(2);
  });

  it('are changed, reordered and refused across plans', async () => {
    const changed = await asOwner()(`${base()}/${inclusion}`, {
      method: 'PATCH',
      body: { number: '2', title: 'Et inkluderende Asker', sdg: 10 },
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as GoalResponse).goal).toMatchObject({ number: '2', sdg: 10 });
    expect(
      (
        await asOwner()(`${base()}/finnes-ikke`, {
          method: 'PATCH',
          body: { number: '', title: 'x', sdg: null },
        })
      ).status,
    ).toBe(404);

    const order = await asOwner()(`${base()}/order`, {
      method: 'PUT',
      body: { ids: [inclusion, health] },
    });
    expect(((await order.json()) as GoalListResponse).goals.map((g) => g.id)).toEqual([
      inclusion,
      health,
    ]);
    expect(
      (await asOwner()(`${base()}/order`, { method: 'PUT', body: { ids: [inclusion] } })).status,
    ).toBe(400);

    const other = await ownerWithPlan(server, 'Annen plan');
    const crossed = await api(server.url, other.cookie)(
      `/api/plans/${other.planId}/goals/${health}`,
      {
        method: 'PATCH',
        body: { number: '9', title: 'Kapret', sdg: null },
      },
    );
    expect(crossed.status).toBe(404);
  });

  it('are linked from focus areas by editors, only to focus areas and goals of this plan', async () => {
    const [area, otherArea] = sections.focusAreas;
    const linked = await api(server.url, editorCookie)(linkPath(area), {
      method: 'PUT',
      body: { goalIds: [health, inclusion, health] },
    });
    expect(linked.status).toBe(200);
    const list = ((await linked.json()) as GoalListResponse).goals;
    expect(list.find((g) => g.id === health)!.focusAreaIds).toEqual([area]);
    expect(list.find((g) => g.id === inclusion)!.focusAreaIds).toEqual([area]);
    await api(server.url, editorCookie)(linkPath(otherArea), {
      method: 'PUT',
      body: { goalIds: [health] },
    });
    expect((await goals()).find((g) => g.id === health)!.focusAreaIds.sort()).toEqual(
      [area, otherArea].sort(),
    );

    // Replaces: the focus area now serves one goal only.
    await api(server.url, editorCookie)(linkPath(area), {
      method: 'PUT',
      body: { goalIds: [inclusion] },
    });
    expect((await goals()).find((g) => g.id === health)!.focusAreaIds).toEqual([otherArea]);

    expect(
      (
        await api(server.url, editorCookie)(linkPath('finnes-ikke'), {
          method: 'PUT',
          body: { goalIds: [] },
        })
      ).status,
    ).toBe(404);
    // A strategy is not a focus area.
    expect(
      (
        await api(server.url, editorCookie)(linkPath(sections.strategies[0]), {
          method: 'PUT',
          body: { goalIds: [] },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api(server.url, editorCookie)(linkPath(area), {
          method: 'PUT',
          body: { goalIds: 'alle' },
        })
      ).status,
    ).toBe(400);

    const other = await ownerWithPlan(server, 'Tredje plan');
    const foreign = await api(server.url, other.cookie)(`/api/plans/${other.planId}/goals`, {
      method: 'POST',
      body: { number: '1', title: 'Fremmed mål', sdg: null },
    });
    const foreignId = ((await foreign.json()) as GoalResponse).goal.id;
    expect(
      (
        await api(server.url, editorCookie)(linkPath(area), {
          method: 'PUT',
          body: { goalIds: [foreignId] },
        })
      ).status,
    ).toBe(400);

    expect(
      (
        await api(server.url, observerCookie)(linkPath(area), {
          method: 'PUT',
          body: { goalIds: [] },
        })
      ).status,
    ).toBe(403);
    expect((await goals()).find((g) => g.id === inclusion)!.focusAreaIds).toEqual([area]);
  });

  it('are kept by the owner only, and a deleted goal takes its links along', async () => {
    expect(
      (
        await api(server.url, editorCookie)(base(), {
          method: 'POST',
          body: { number: '9', title: 'x', sdg: null },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api(server.url, editorCookie)(`${base()}/${health}`, { method: 'DELETE' })).status,
    ).toBe(403);
    expect((await goals(observerCookie)).length).toBe(2);

    expect((await asOwner()(`${base()}/${health}`, { method: 'DELETE' })).status).toBe(204);
    expect((await asOwner()(`${base()}/${health}`, { method: 'DELETE' })).status).toBe(404);
    expect((await goals()).map((g) => g.id)).toEqual([inclusion]);
    const links = await server.medverk.storage.goals.listLinks(owner.planId);
    expect(links.some((link) => link.goalId === health)).toBe(false);
  });

  it('are audited', async () => {
    const audit = (await (
      await asOwner()(`/api/plans/${owner.planId}/audit`)
    ).json()) as AuditListResponse;
    expect(
      audit.entries.filter((entry) => entry.action === 'goals.changed').length,
    ).toBeGreaterThanOrEqual(8);
  });
});
