import { afterEach, describe, expect, it } from 'vitest';
import { createStaff, startTestServer, type TestServer } from '../support/testServer';
import { newId } from '../../shared/plan/items';

/**
 * TRUST_PROXY decides which address the per-address limits count. Observed through the real
 * login limit (20 failed logins per address per 10 minutes; each attempt names a new e-mail so
 * the per-account limit never answers first): attempts from one client address are refused at
 * the 21st, attempts from different addresses never are.
 */

const LOGIN_PER_IP = 20;
let server: TestServer | null = null;

afterEach(async () => {
  await server?.dispose();
  server = null;
});

async function start(env: Record<string, string>, host?: string): Promise<string> {
  server = await startTestServer({
    seedDemo: false,
    env: { ...env, ...(host ? { HOST: host } : {}) },
  });
  return server.url;
}

/** A spoofed left-most X-Forwarded-For entry, new for every request. */
const randomAddress = () =>
  `${1 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 250)}`;

async function failedLogin(
  url: string,
  forwardedFor: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<number> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: {
      origin: url,
      'content-type': 'application/json',
      ...(forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor }),
      ...extraHeaders,
    },
    body: JSON.stringify({ email: `ingen-${newId()}@asker.kommune.no`, password: 'feil-passord' }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** The statuses of 21 failed logins, the i-th sent with `forwardedFor(i)`. */
async function attempts(
  url: string,
  forwardedFor: (i: number) => string | null,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i <= LOGIN_PER_IP; i++) statuses.push(await failedLogin(url, forwardedFor(i)));
  return statuses;
}

/** One client address: 20 wrong passwords, then refused. */
function expectOneAddress(statuses: number[]) {
  expect(statuses.slice(0, LOGIN_PER_IP)).toEqual(Array(LOGIN_PER_IP).fill(401));
  expect(statuses[LOGIN_PER_IP]).toBe(429);
}

/** A different client address every time: never refused. */
function expectManyAddresses(statuses: number[]) {
  expect(statuses).toEqual(Array(LOGIN_PER_IP + 1).fill(401));
}

describe('TRUST_PROXY unset (false)', () => {
  it('ignores X-Forwarded-For: the socket address is the client', async () => {
    const url = await start({});
    expectOneAddress(await attempts(url, (i) => `203.0.113.${i + 1}`));
  });
});

describe('a hop count', () => {
  it('TRUST_PROXY=1: the entry the proxy appended is the client; spoofed entries left of it change nothing', async () => {
    const url = await start({ TRUST_PROXY: '1' });
    // nginx ($proxy_add_x_forwarded_for): whatever the client sent, then the address it saw.
    expectOneAddress(
      await attempts(url, () => `${randomAddress()}, ${randomAddress()}, 198.51.100.7`),
    );
  });

  it('TRUST_PROXY=1 reads the header: different clients behind the proxy are counted apart', async () => {
    const url = await start({ TRUST_PROXY: '1' });
    expectManyAddresses(await attempts(url, (i) => `198.51.100.${i + 1}`));
  });

  it('TRUST_PROXY=true means one hop, not "trust every entry"', async () => {
    const url = await start({ TRUST_PROXY: 'true' });
    expectOneAddress(await attempts(url, () => `${randomAddress()}, 198.51.100.7`));
    // The one-hop client is the right-most entry, whatever the left-most says.
    expectManyAddresses(await attempts(url, (i) => `198.51.100.7, 192.0.2.${i + 1}`));
  });

  it('TRUST_PROXY=2: the client is the second entry from the right', async () => {
    const url = await start({ TRUST_PROXY: '2' });
    // client → outer proxy (appends the client) → inner proxy (appends the outer proxy) → server.
    expectOneAddress(
      await attempts(url, (i) => `${randomAddress()}, 198.51.100.7, 10.0.0.${i + 1}`),
    );
    expectManyAddresses(await attempts(url, (i) => `198.51.100.7, 192.0.2.${i + 1}, 10.0.0.2`));
  });

  it('a header shorter than the hop count: the left-most entry is the client', async () => {
    const url = await start({ TRUST_PROXY: '2' });
    expectOneAddress(
      await attempts(url, (i) => (i % 2 === 0 ? '198.51.100.7' : '198.51.100.7, 10.0.0.2')),
    );
  });
});

describe('proxy addresses', () => {
  it('127.0.0.1: the right-most address that is not the proxy is the client', async () => {
    const url = await start({ TRUST_PROXY: '127.0.0.1' });
    expectOneAddress(await attempts(url, () => `${randomAddress()}, 198.51.100.7`));
    expectManyAddresses(await attempts(url, (i) => `198.51.100.7, 192.0.2.${i + 1}`));
  });

  it('skips every trusted proxy, however many, and stops at the first stranger', async () => {
    const url = await start({ TRUST_PROXY: 'loopback, 10.0.0.0/8' });
    expectOneAddress(
      await attempts(
        url,
        (i) =>
          `${randomAddress()}, 198.51.100.7, ${i % 2 === 0 ? '10.1.2.3' : '10.4.5.6, 10.7.8.9'}`,
      ),
    );
  });

  it('ignores X-Forwarded-For from a peer that is not a listed proxy', async () => {
    const url = await start({ TRUST_PROXY: '10.0.0.1' });
    expectOneAddress(await attempts(url, (i) => `198.51.100.${i + 1}`));
  });
});

describe('IPv6', () => {
  it('a proxy listed as 127.0.0.1 is recognised when Node reports it as ::ffff:127.0.0.1', async () => {
    const listening = await start({ TRUST_PROXY: '127.0.0.1' }, '::');
    const url = `http://127.0.0.1:${new URL(listening).port}`;
    expect(server!.medverk.app.server.address()).toMatchObject({ address: '::' });
    expectOneAddress(await attempts(url, () => `${randomAddress()}, 198.51.100.7`));
    expectManyAddresses(await attempts(url, (i) => `198.51.100.7, 192.0.2.${i + 1}`));
  });

  it('IPv6 proxies and clients: ::1 as loopback, clients in X-Forwarded-For as IPv6', async () => {
    const url = await start({ TRUST_PROXY: 'loopback' }, '::1');
    expectOneAddress(await attempts(url, () => `${randomAddress()}, 2001:db8::7`));
    // Limits count an IPv6 client by its /64 (server/limits/addressKey.ts): each client its own /64.
    expectManyAddresses(await attempts(url, (i) => `2001:db8::7, 2001:db8:${i + 1}::1`));
  });
});

describe('a malformed X-Forwarded-For', () => {
  it('with no addresses in it counts as no header: the proxy itself is the client', async () => {
    const url = await start({ TRUST_PROXY: '1' });
    expectOneAddress(await attempts(url, (i) => [null, '', ' , ,', ','][i % 4]!));
  });

  it('with a junk entry left of the one the proxy appended: the junk is never read', async () => {
    const url = await start({ TRUST_PROXY: '1' });
    expectOneAddress(await attempts(url, (i) => `not-an-ip-${i}, 198.51.100.7`));
  });
});

describe('X-Forwarded-Proto (https for the session cookie)', () => {
  async function sessionCookie(url: string, email: string): Promise<string> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email, password: 'riktig-passord-1' }),
    });
    expect(response.status).toBe(200);
    return response.headers.getSetCookie().find((c) => c.startsWith('medverk_session='))!;
  }

  it('is believed from a trusted proxy only', async () => {
    for (const [trust, secure] of [
      ['1', true],
      ['127.0.0.1', true],
      ['false', false],
      ['10.0.0.1', false],
    ] as const) {
      const url = await start({ TRUST_PROXY: trust });
      const email = `kari-${newId()}@asker.kommune.no`;
      await createStaff(server!, { email, name: 'Kari', password: 'riktig-passord-1' });
      expect(/;\s*secure/i.test(await sessionCookie(url, email)), `TRUST_PROXY=${trust}`).toBe(
        secure,
      );
      await server!.dispose();
      server = null;
    }
  });
});
