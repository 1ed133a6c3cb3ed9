import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateJoinCodeResponse } from '../../shared/api/joinCodes';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { JOIN_CODE_ALPHABET } from '../../shared/api/joinCodeFormat';
import { JoinCodeLimit } from '../../server/limits/JoinCodeLimits';
import { LoginLimit } from '../../server/limits/LoginLimits';
import {
  clusterEnv,
  clusterUnavailable,
  firstAdmin,
  spawnCluster,
  type ClusterEnv,
  type NodeProcess,
} from '../support/cluster';
import { api } from '../support/testServer';

/**
 * With REDIS_URL set the limits' counters live in Redis: two servers give an attacker one budget,
 * not two (issue #13). Two server processes behind a "proxy" (TRUST_PROXY=1), so X-Forwarded-For
 * names each request's address.
 */

const unavailable = await clusterUnavailable('tests/integration/sharedLimits.test.ts');

let cluster: ClusterEnv | null = null;
const nodes: NodeProcess[] = [];
let code = '';

beforeAll(async () => {
  if (unavailable) return;
  cluster = await clusterEnv();
  nodes.push(...(await spawnCluster({ ...cluster.env, TRUST_PROXY: '1' }, 2)));
  const admin = await firstAdmin(nodes[0]!);
  const workshop = await api(nodes[0]!.url, admin.cookie)(`/api/plans/${admin.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Delt budsjett', anonymous: false, facilitatorSeesAuthors: true },
  });
  const workshopId = ((await workshop.json()) as WorkshopResponse).workshop.id;
  const made = await api(nodes[0]!.url, admin.cookie)(`/api/workshops/${workshopId}/join-codes`, {
    method: 'POST',
    body: { expiresInHours: 3 },
  });
  code = ((await made.json()) as CreateJoinCodeResponse).code;
}, 90_000);

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.kill()));
  await cluster?.dispose();
});

async function send(
  url: string,
  from: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; retryAfter: number | null }> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      origin: url,
      'x-forwarded-for': from,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await response.arrayBuffer();
  const retryAfter = response.headers.get('retry-after');
  return { status: response.status, retryAfter: retryAfter === null ? null : Number(retryAfter) };
}

describe.skipIf(unavailable !== null)(
  `limits on two servers${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('failed logins from one address count once, whichever server they reach', async () => {
      const sprayer = '203.0.113.77';
      const { failures } = LoginLimit.perAddress;
      // Half on each server: each alone would still have budget left.
      const statuses = await Promise.all(
        Array.from({ length: failures }, (_, i) =>
          send(nodes[i % 2]!.url, sprayer, '/api/auth/login', {
            email: `ingen-${i}@asker.kommune.no`,
            password: 'Sommer2025',
          }).then((a) => a.status),
        ),
      );
      expect(statuses).toEqual(Array(failures).fill(401));
      for (const node of nodes) {
        const refused = await send(node.url, sprayer, '/api/auth/login', {
          email: 'admin@asker.kommune.no',
          password: 'et-langt-passord',
        });
        expect(refused.status).toBe(429);
        expect(refused.retryAfter).toBeGreaterThan(0);
      }
      // Another address is not affected.
      expect(
        (
          await send(nodes[1]!.url, '198.51.100.2', '/api/auth/login', {
            email: 'admin@asker.kommune.no',
            password: 'et-langt-passord',
          })
        ).status,
      ).toBe(200);
    }, 120_000);

    it('wrong join codes count towards one global cap across the servers', async () => {
      const { points } = JoinCodeLimit.missesGlobal;
      const symbol = (n: number) => JOIN_CODE_ALPHABET[n % 32]!;
      const statuses = await Promise.all(
        Array.from({ length: points }, (_, i) =>
          send(
            nodes[i % 2]!.url,
            `10.9.${i}.1`,
            `/api/join-codes/ZZZZ-${symbol(i >> 5)}${symbol(i)}ZZ`,
          ).then((a) => a.status),
        ),
      );
      expect(statuses.every((status) => status === 404)).toBe(true);
      for (const node of nodes) {
        const refused = await send(node.url, '198.51.100.3', `/api/join-codes/${code}`);
        expect(refused.status).toBe(429);
        expect(refused.retryAfter).toBeLessThanOrEqual(JoinCodeLimit.missesGlobal.windowSeconds);
      }
    }, 60_000);
  },
);
