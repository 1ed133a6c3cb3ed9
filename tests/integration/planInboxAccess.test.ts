import { afterEach, describe, expect, it } from 'vitest';
import type { PlanResponse } from '../../shared/api/plans';
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

describe('the plan tells each person whether they may use its input inbox', () => {
  it('says handle for the owner, nothing for an observer, and read once the owner opens it to observers', async () => {
    server = await startTestServer({ seedDemo: false });
    const owner = await ownerWithPlan(server);
    const { id } = await createStaff(server, {
      email: 'politiker@example.no',
      name: 'Politiker',
      password: 'riktig-passord-1',
    });
    await addMember(server, owner.planId, id, 'observer');
    const observer = await loginCookie(server.url, 'politiker@example.no', 'riktig-passord-1');
    const inboxOf = async (cookie: string) =>
      (
        (await (
          await api(server!.url, cookie)(`/api/plans/${owner.planId}`)
        ).json()) as PlanResponse
      ).plan.inbox;

    expect(await inboxOf(owner.cookie)).toBe('handle');
    expect(await inboxOf(observer)).toBeNull();
    const opened = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/public`, {
      method: 'PATCH',
      body: { inboxRoles: ['observer'] },
    });
    expect(opened.status).toBe(200);
    expect(await inboxOf(observer)).toBe('read');
  });
});
