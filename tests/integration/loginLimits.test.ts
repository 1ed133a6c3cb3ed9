import { afterEach, describe, expect, it } from 'vitest';
import { createStaff, startTestServer, type TestServer } from '../support/testServer';
import { newId } from '../../shared/plan/items';
import { LoginLimit } from '../../server/limits/LoginLimits';

/**
 * Password guessing is slowed down, never turned into a lock-out of the owner (issue #13). Behind
 * a proxy (TRUST_PROXY=1), so each request names its client address in X-Forwarded-For; the
 * server's slow-down clock is a test clock moved by hand instead of waiting.
 */

const OWNER = { email: 'kari@asker.kommune.no', name: 'Kari', password: 'det-riktige-passordet' };
const OWNER_ADDRESS = '198.51.100.10';

let server: TestServer | null = null;
let clock = Date.now();

afterEach(async () => {
  await server?.dispose();
  server = null;
});

async function start(): Promise<string> {
  clock = Date.now();
  server = await startTestServer({ seedDemo: false, env: { TRUST_PROXY: '1' }, now: () => clock });
  await createStaff(server, OWNER);
  return server.url;
}

interface Answer {
  status: number;
  retryAfter: number | null;
  /** The known-device cookie the answer set (name=value), if any. */
  device: string | null;
  deviceCookie: string | null;
}

async function login(
  url: string,
  options: {
    email?: string;
    password: string;
    from: string;
    device?: string | null;
    proto?: string;
  },
): Promise<Answer> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: {
      origin: url,
      'content-type': 'application/json',
      'x-forwarded-for': options.from,
      ...(options.proto ? { 'x-forwarded-proto': options.proto } : {}),
      ...(options.device ? { cookie: options.device } : {}),
    },
    body: JSON.stringify({ email: options.email ?? OWNER.email, password: options.password }),
  });
  await response.arrayBuffer();
  const deviceCookie =
    response.headers.getSetCookie().find((c) => c.startsWith('medverk_login_device=')) ?? null;
  const retryAfter = response.headers.get('retry-after');
  return {
    status: response.status,
    retryAfter: retryAfter === null ? null : Number(retryAfter),
    device: deviceCookie?.split(';')[0] ?? null,
    deviceCookie,
  };
}

/** Every failed login costs a real password check (scrypt): dozens of them take a while on a busy machine. */
const SLOW = 120_000;

const attackerAddress = (i: number) => `203.0.113.${(i % 250) + 1}`;

describe('the owner and an attacker', () => {
  it(
    'the owner still logs in from a known device while the account is hammered from many addresses',
    async () => {
      const url = await start();
      const first = await login(url, { password: OWNER.password, from: OWNER_ADDRESS });
      expect(first.status).toBe(200);
      expect(first.device).not.toBeNull();

      // More failures than the account allows from devices it does not know, each from another address.
      const statuses: number[] = [];
      for (let i = 0; i < LoginLimit.perAccount.failures + 5; i++) {
        statuses.push(
          (await login(url, { password: `gjett-${i}`, from: attackerAddress(i) })).status,
        );
      }
      expect(statuses.slice(0, LoginLimit.perAccount.failures)).toEqual(
        Array(LoginLimit.perAccount.failures).fill(401),
      );
      expect(statuses.at(-1)).toBe(429);
      // Even the right password from a device the account does not know waits (the reset link is the way in there).
      const stranger = await login(url, { password: OWNER.password, from: '192.0.2.99' });
      expect(stranger.status).toBe(429);
      expect(stranger.retryAfter).toBeGreaterThan(0);

      // The owner's browser is known: in, from the office and from anywhere else.
      expect(
        (await login(url, { password: OWNER.password, from: OWNER_ADDRESS, device: first.device }))
          .status,
      ).toBe(200);
      expect(
        (await login(url, { password: OWNER.password, from: '192.0.2.50', device: first.device }))
          .status,
      ).toBe(200);
    },
    SLOW,
  );

  it(
    'a known device of another account, or a tampered one, counts as unknown',
    async () => {
      const url = await start();
      await createStaff(server!, {
        email: 'angriper@asker.kommune.no',
        name: 'A',
        password: 'angriperens-passord',
      });
      const attackersOwn = await login(url, {
        email: 'angriper@asker.kommune.no',
        password: 'angriperens-passord',
        from: '192.0.2.1',
      });
      const owners = await login(url, { password: OWNER.password, from: OWNER_ADDRESS });
      for (let i = 0; i < LoginLimit.perAccount.failures; i++)
        await login(url, { password: `gjett-${i}`, from: attackerAddress(i) });

      expect(
        (
          await login(url, {
            password: OWNER.password,
            from: '192.0.2.1',
            device: attackersOwn.device,
          })
        ).status,
      ).toBe(429);
      const [name, value] = owners.device!.split('=') as [string, string];
      const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(
        (await login(url, { password: OWNER.password, from: '192.0.2.1', device: tampered }))
          .status,
      ).toBe(429);
      expect(
        (await login(url, { password: OWNER.password, from: '192.0.2.1', device: owners.device }))
          .status,
      ).toBe(200);
    },
    SLOW,
  );

  it(
    'the known-device cookie is HttpOnly, SameSite=Lax, long-lived, for the login only, and Secure behind TLS',
    async () => {
      const url = await start();
      const plain = (await login(url, { password: OWNER.password, from: OWNER_ADDRESS }))
        .deviceCookie!;
      expect(plain).toMatch(/; HttpOnly/i);
      expect(plain).toMatch(/; SameSite=Lax/i);
      expect(plain).toMatch(/; Path=\/api\/auth/i);
      expect(Number(/Max-Age=(\d+)/i.exec(plain)?.[1])).toBeGreaterThanOrEqual(180 * 24 * 3600);
      expect(plain).not.toMatch(/; Secure/i);
      const tls = (
        await login(url, { password: OWNER.password, from: OWNER_ADDRESS, proto: 'https' })
      ).deviceCookie!;
      expect(tls).toMatch(/; Secure/i);
    },
    SLOW,
  );
});

describe('the slow-down', () => {
  it(
    'grows per account and address, says when to retry, and holds for the right password too',
    async () => {
      const url = await start();
      const free = LoginLimit.pair.freeFailures;
      for (let i = 0; i < free; i++) {
        expect(
          (await login(url, { password: `skrivefeil-${i}`, from: OWNER_ADDRESS })).status,
        ).toBe(401);
      }
      const waits: number[] = [];
      for (let step = 0; step < 5; step++) {
        expect((await login(url, { password: `gjett-${step}`, from: OWNER_ADDRESS })).status).toBe(
          401,
        );
        const refused = await login(url, { password: OWNER.password, from: OWNER_ADDRESS });
        expect(refused.status).toBe(429);
        waits.push(refused.retryAfter!);
        // A moment before the wait is over: still refused; then it is over.
        clock += refused.retryAfter! * 1000 - 500;
        expect((await login(url, { password: OWNER.password, from: OWNER_ADDRESS })).status).toBe(
          429,
        );
        clock += 500;
      }
      expect(waits).toEqual([1, 2, 4, 8, 16]);

      // Another address is not slowed down by this pair's failures.
      expect((await login(url, { password: 'feil', from: '192.0.2.7' })).status).toBe(401);
      // Once in, the slow-down is forgotten: the next typo costs nothing.
      expect((await login(url, { password: OWNER.password, from: OWNER_ADDRESS })).status).toBe(
        200,
      );
      expect((await login(url, { password: 'skrivefeil', from: OWNER_ADDRESS })).status).toBe(401);
      expect((await login(url, { password: OWNER.password, from: OWNER_ADDRESS })).status).toBe(
        200,
      );
    },
    SLOW,
  );

  it(
    'a known device has its own slow-down: failures elsewhere never block it',
    async () => {
      const url = await start();
      const device = (await login(url, { password: OWNER.password, from: OWNER_ADDRESS })).device;
      // The attacker sits behind the owner's own address (same office network).
      for (let i = 0; i < LoginLimit.pair.freeFailures + 3; i++)
        await login(url, { password: `gjett-${i}`, from: OWNER_ADDRESS });
      expect((await login(url, { password: OWNER.password, from: OWNER_ADDRESS })).status).toBe(
        429,
      );
      expect(
        (await login(url, { password: OWNER.password, from: OWNER_ADDRESS, device })).status,
      ).toBe(200);
    },
    SLOW,
  );
});

describe('per address', () => {
  it(
    'an IPv6 client counts by its /64: a new address for every guess changes nothing',
    async () => {
      const url = await start();
      const statuses: number[] = [];
      for (let i = 0; i <= LoginLimit.perAddress.failures; i++) {
        const email = `ingen-${newId()}@asker.kommune.no`;
        statuses.push(
          (
            await login(url, {
              email,
              password: 'Sommer2025',
              from: `2001:db8:5:5::${(i + 1).toString(16)}`,
            })
          ).status,
        );
      }
      expect(statuses.at(-1)).toBe(429);
      expect((await login(url, { password: OWNER.password, from: '2001:db8:5:6::1' })).status).toBe(
        200,
      );
    },
    SLOW,
  );

  it(
    'spraying many accounts from one address stops at the cap; a known device there still gets in',
    async () => {
      const url = await start();
      const device = (await login(url, { password: OWNER.password, from: OWNER_ADDRESS })).device;
      const sprayer = '198.51.100.66';
      const statuses: number[] = [];
      for (let i = 0; i <= LoginLimit.perAddress.failures; i++) {
        statuses.push(
          (
            await login(url, {
              email: `ingen-${newId()}@asker.kommune.no`,
              password: 'Sommer2025',
              from: sprayer,
            })
          ).status,
        );
      }
      expect(statuses.slice(0, LoginLimit.perAddress.failures)).toEqual(
        Array(LoginLimit.perAddress.failures).fill(401),
      );
      const refused = await login(url, { password: OWNER.password, from: sprayer });
      expect(statuses.at(-1)).toBe(429);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBeGreaterThan(60);
      // Other addresses are not affected, and the owner's known device works even from the sprayer's address.
      expect((await login(url, { password: OWNER.password, from: '192.0.2.8' })).status).toBe(200);
      expect((await login(url, { password: OWNER.password, from: sprayer, device })).status).toBe(
        200,
      );
    },
    SLOW,
  );
});
