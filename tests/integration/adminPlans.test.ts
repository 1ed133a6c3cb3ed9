import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../shared/api/plans';
import type { AuditEntry } from '../../shared/api/audit';
import {
  api,
  createStaff,
  demoPlanId,
  loginCookie,
  startTestServer,
  type TestServer,
} from '../support/testServer';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.dispose();
});

async function logIn(email: string, isAdmin = false) {
  const { id } = await createStaff(server, {
    email,
    name: email.split('@')[0]!,
    password: 'et-langt-passord',
    isAdmin,
  });
  return { id, call: api(server.url, await loginCookie(server.url, email, 'et-langt-passord')) };
}

async function planList(call: ReturnType<typeof api>): Promise<[string, string | null][]> {
  const body = (await (await call('/api/plans')).json()) as { plans: PlanSummary[] };
  return body.plans.map((plan) => [plan.title, plan.role]);
}

describe('administrators and plans', () => {
  it('an administrator sees every plan, with no role where they have none; other staff do not', async () => {
    const admin = await logIn('admin@asker.kommune.no', true);
    const staff = await logIn('saksbehandler@asker.kommune.no');
    expect(await planList(admin.call)).toEqual([['Temaplan for medborgerskap', null]]);
    expect(await planList(staff.call)).toEqual([]);
    // Seeing a plan in the list opens nothing: without a role the plan itself stays closed.
    const planId = await demoPlanId(server);
    expect((await admin.call(`/api/plans/${planId}/members`)).status).toBe(403);
  });

  it('an administrator makes themselves and others owner, and the log says so', async () => {
    const admin = await logIn('admin@asker.kommune.no', true);
    const staff = await logIn('saksbehandler@asker.kommune.no');
    const planId = await demoPlanId(server);

    const own = await admin.call(`/api/plans/${planId}/owners`, {
      method: 'POST',
      body: { userId: admin.id },
    });
    expect(own.status).toBe(204);
    expect(await planList(admin.call)).toEqual([['Temaplan for medborgerskap', 'owner']]);

    const other = await admin.call(`/api/plans/${planId}/owners`, {
      method: 'POST',
      body: { userId: staff.id },
    });
    expect(other.status).toBe(204);
    expect(await planList(staff.call)).toEqual([['Temaplan for medborgerskap', 'owner']]);

    const audit = (await (await admin.call(`/api/plans/${planId}/audit`)).json()) as {
      entries: AuditEntry[];
    };
    const roleChanges = audit.entries
      .filter((entry) => entry.action === 'role.changed')
      .map((entry) => [entry.detail.name, entry.detail.role, entry.detail.via]);
    expect(roleChanges).toEqual(
      expect.arrayContaining([
        ['admin', 'owner', 'administrator'],
        ['saksbehandler', 'owner', 'administrator'],
      ]),
    );
    expect(roleChanges).toHaveLength(2);
  });

  it('refuses anyone but an administrator, and unknown plans, accounts and bodies', async () => {
    const admin = await logIn('admin@asker.kommune.no', true);
    const staff = await logIn('saksbehandler@asker.kommune.no');
    const planId = await demoPlanId(server);
    const post = (call: ReturnType<typeof api>, plan: string, body: unknown) =>
      call(`/api/plans/${plan}/owners`, { method: 'POST', body }).then((r) => r.status);

    expect(await post(staff.call, planId, { userId: staff.id })).toBe(403);
    expect(await post(api(server.url, null), planId, { userId: staff.id })).toBe(401);
    expect(await post(admin.call, 'no-such-plan', { userId: admin.id })).toBe(404);
    expect(await post(admin.call, planId, { userId: 'no-such-account' })).toBe(404);
    expect(await post(admin.call, planId, { user: admin.id })).toBe(400);
    expect(await planList(staff.call)).toEqual([]);
  });
});
