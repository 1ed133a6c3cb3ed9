import { afterEach, describe, expect, it } from 'vitest';
import type { CreateJoinCodeResponse } from '../../shared/api/joinCodes';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { JOIN_CODE_ALPHABET } from '../../shared/api/joinCodeFormat';
import { JoinCodeLimit } from '../../server/limits/JoinCodeLimits';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';

/**
 * Join codes are limited per code, per address and globally, with a slow-down before a lock-out
 * (issue #13): guessing is hopeless, and a classroom behind one NAT still gets in. Behind a proxy
 * (TRUST_PROXY=1), so X-Forwarded-For names each request's address; the slow-down's clock is a
 * test clock moved by hand.
 */

let server: TestServer | null = null;
let clock = Date.now();

afterEach(async () => {
  await server?.dispose();
  server = null;
});

/** A server, a workshop and a live join code for it. */
async function start(): Promise<{ url: string; code: string }> {
  clock = Date.now();
  server = await startTestServer({ seedDemo: false, env: { TRUST_PROXY: '1' }, now: () => clock });
  const owner = await ownerWithPlan(server);
  const workshop = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Skoleklassen', anonymous: false, facilitatorSeesAuthors: true },
  });
  const workshopId = ((await workshop.json()) as WorkshopResponse).workshop.id;
  const made = await api(server.url, owner.cookie)(`/api/workshops/${workshopId}/join-codes`, {
    method: 'POST',
    body: { expiresInHours: 3 },
  });
  expect(made.status).toBe(201);
  return { url: server.url, code: ((await made.json()) as CreateJoinCodeResponse).code };
}

/** The i-th of many well-formed codes that name no workshop (a live code has other symbols). */
function wrongCode(i: number): string {
  const symbol = (n: number) => JOIN_CODE_ALPHABET[n % 32]!;
  return `ZZZZ-${symbol(i >> 10)}${symbol(i >> 5)}${symbol(i)}Z`;
}

interface Answer {
  status: number;
  retryAfter: number | null;
}

async function send(url: string, from: string, path: string, body?: unknown): Promise<Answer> {
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

const lookUp = (url: string, from: string, code: string) =>
  send(url, from, `/api/join-codes/${encodeURIComponent(code)}`);
const redeem = (url: string, from: string, code: string, displayName: string) =>
  send(url, from, `/api/join-codes/${encodeURIComponent(code)}/redeem`, { displayName });

describe('a classroom behind one NAT', () => {
  it('all 30 get in within a minute, typos, reloads and all', async () => {
    const { url, code } = await start();
    const school = '198.51.100.20';
    const pupils = Array.from({ length: 30 }, (_, i) => i);
    const answers = await Promise.all(
      pupils.map(async (i) => {
        const statuses: number[] = [];
        // One in three mistypes the code first.
        if (i % 3 === 0) statuses.push((await lookUp(url, school, wrongCode(i))).status);
        // The code typed at /join, then the join page reloaded once.
        statuses.push((await lookUp(url, school, code.toLowerCase().replace('-', ' '))).status);
        statuses.push((await lookUp(url, school, code)).status);
        statuses.push((await redeem(url, school, code, `Elev ${i + 1}`)).status);
        return { i, statuses };
      }),
    );
    for (const { i, statuses } of answers) {
      expect(statuses).toEqual(i % 3 === 0 ? [404, 200, 200, 200] : [200, 200, 200]);
    }
    const guests = await server!.medverk.storage.invites.listGuests(
      (await server!.medverk.storage.plans.listPlans())[0]!.id,
    );
    expect(guests.filter((guest) => guest.displayName.startsWith('Elev '))).toHaveLength(30);
  });
});

describe('guessing from one address', () => {
  it('is slowed down after the free misses, growing, refused before any lookup; other addresses are not', async () => {
    const { url, code } = await start();
    const guesser = '203.0.113.5';
    const free = JoinCodeLimit.missesPerAddress.freeFailures;
    let guess = 0;
    for (let i = 0; i < free; i++)
      expect((await lookUp(url, guesser, wrongCode(guess++))).status).toBe(404);
    const waits: number[] = [];
    for (let step = 0; step < 4; step++) {
      expect((await redeem(url, guesser, wrongCode(guess++), 'Gjetter')).status).toBe(404);
      // Refused even for the live code: the refusal says nothing about any code.
      const refused = await lookUp(url, guesser, code);
      expect(refused.status).toBe(429);
      waits.push(refused.retryAfter!);
      expect((await redeem(url, guesser, code, 'Gjetter')).status).toBe(429);
      clock += refused.retryAfter! * 1000 - 500;
      expect((await lookUp(url, guesser, wrongCode(guess))).status).toBe(429);
      clock += 500;
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // Someone else, elsewhere, gets in meanwhile.
    expect((await lookUp(url, '198.51.100.30', code)).status).toBe(200);
    // A hit does not buy the guesser new free misses.
    expect((await lookUp(url, guesser, code)).status).toBe(200);
    expect((await lookUp(url, guesser, wrongCode(guess++))).status).toBe(404);
    expect((await lookUp(url, guesser, wrongCode(guess++))).status).toBe(429);
  });

  it('one address cannot hammer even a live code without end', async () => {
    const { url, code } = await start();
    const statuses: number[] = [];
    for (let i = 0; i <= JoinCodeLimit.requestsPerAddress.points; i++)
      statuses.push((await lookUp(url, '203.0.113.9', code)).status);
    expect(
      statuses.slice(0, JoinCodeLimit.requestsPerAddress.points).every((status) => status === 200),
    ).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await lookUp(url, '198.51.100.31', code)).status).toBe(200);
  });
});

describe('guessing from many addresses', () => {
  it('stops at the global cap of misses: every code waits until the minute is over', async () => {
    const { url, code } = await start();
    const { points } = JoinCodeLimit.missesGlobal;
    // Each address guesses once: no per-address limit ever answers.
    const statuses = await Promise.all(
      Array.from({ length: points }, (_, i) =>
        lookUp(url, `10.${i >> 8}.${i & 255}.1`, wrongCode(i)).then((a) => a.status),
      ),
    );
    expect(statuses.every((status) => status === 404)).toBe(true);
    const refused = await lookUp(url, '198.51.100.40', code);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(JoinCodeLimit.missesGlobal.windowSeconds);
    expect((await redeem(url, '198.51.100.41', code, 'Sen elev')).status).toBe(429);
  });
});
