import { afterEach, describe, expect, it } from 'vitest';
import { createStaff, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite } from '../support/people';
import { startTestIdp, type TestIdp } from '../support/oidcProvider';
import { SESSION_COOKIE } from '../../server/auth/sessions';
import { OIDC_COOKIE } from '../../server/http/routes/oidc';
import { newId } from '../../shared/plan/items';

/**
 * Every cookie the server sets, through the real routes: script cannot read it (HttpOnly), other
 * sites' subrequests do not carry it (SameSite), it is https-only when the request came over TLS
 * through a trusted proxy (and not otherwise, or it would never come back over plain http), and
 * it lives as long as its purpose. Every Set-Cookie of each response is checked, so a cookie a
 * route adds later is held to the same flags.
 */

const SESSION_TTL_HOURS = 5;
const OIDC_PENDING_SECONDS = 10 * 60;
/** Browsers cap a cookie's life at 400 days; anything longer is a mistake. */
const LONGEST_SECONDS = 400 * 24 * 3600;

interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case; a flag without value maps to ''. */
  attributes: Map<string, string>;
  raw: string;
}

function parse(raw: string): SetCookie {
  const [pair, ...rest] = raw.split(';');
  const eq = pair!.indexOf('=');
  const attributes = new Map(
    rest.map((part) => {
      const at = part.indexOf('=');
      return at === -1
        ? [part.trim().toLowerCase(), '']
        : [part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim()];
    }),
  );
  return { name: pair!.slice(0, eq).trim(), value: pair!.slice(eq + 1), attributes, raw };
}

type Transport = 'http' | 'https via a trusted proxy' | 'https claimed without a trusted proxy';

/** What the browser sends for `transport` (the server is on 127.0.0.1, the proxy's address). */
const transportHeaders = (transport: Transport): Record<string, string> =>
  transport === 'http' ? {} : { 'x-forwarded-proto': 'https' };

/** Whether the cookie must be Secure: only when TLS is vouched for by a trusted proxy. */
const secureExpected = (transport: Transport) => transport === 'https via a trusted proxy';

/** The flags every cookie needs, and a lifetime that is stated and bounded. */
function expectSafe(cookie: SetCookie, transport: Transport): void {
  const where = `${cookie.raw} (${transport})`;
  expect(cookie.attributes.has('httponly'), `HttpOnly: ${where}`).toBe(true);
  expect(cookie.attributes.get('samesite')?.toLowerCase(), `SameSite: ${where}`).toMatch(/^(lax|strict)$/);
  expect(cookie.attributes.has('secure'), `Secure: ${where}`).toBe(secureExpected(transport));
  expect(cookie.attributes.has('domain'), `no Domain (host-only): ${where}`).toBe(false);
  const maxAge = cookie.attributes.get('max-age');
  const expires = cookie.attributes.get('expires');
  expect(maxAge !== undefined || expires !== undefined, `a stated lifetime: ${where}`).toBe(true);
  if (maxAge !== undefined) expect(Number(maxAge), `Max-Age: ${where}`).toBeLessThanOrEqual(LONGEST_SECONDS);
}

/** Every cookie of the response, each checked; returned by name for the purpose checks. */
function cookiesOf(response: Response, transport: Transport): Map<string, SetCookie> {
  const cookies = response.headers.getSetCookie().map(parse);
  for (const cookie of cookies) expectSafe(cookie, transport);
  return new Map(cookies.map((cookie) => [cookie.name, cookie]));
}

/** A session cookie lasting the session's time, sent on every path. */
function expectSession(cookie: SetCookie | undefined): void {
  expect(cookie, 'a session cookie').toBeDefined();
  expect(cookie!.attributes.get('path')).toBe('/');
  expect(Number(cookie!.attributes.get('max-age'))).toBe(SESSION_TTL_HOURS * 3600);
}

/** A cookie being deleted: empty, expired at once, on the path it was set on. */
function expectCleared(cookie: SetCookie | undefined, path: string): void {
  expect(cookie, 'a cookie being cleared').toBeDefined();
  expect(cookie!.value).toBe('');
  expect(cookie!.attributes.get('path')).toBe(path);
  const expires = cookie!.attributes.get('expires');
  expect(expires !== undefined && Date.parse(expires) <= Date.now()).toBe(true);
}

let server: TestServer | null = null;
let idp: TestIdp | null = null;

afterEach(async () => {
  await server?.dispose();
  server = null;
  await idp?.close();
  idp = null;
});

const TRANSPORTS: { transport: Transport; trustProxy: string }[] = [
  { transport: 'http', trustProxy: 'false' },
  { transport: 'https via a trusted proxy', trustProxy: 'loopback' },
  { transport: 'https claimed without a trusted proxy', trustProxy: 'false' },
];

async function start(trustProxy: string, env: Record<string, string> = {}): Promise<TestServer> {
  server = await startTestServer({
    seedDemo: false,
    env: { TRUST_PROXY: trustProxy, SESSION_TTL_HOURS: String(SESSION_TTL_HOURS), LOG_LEVEL: 'error', ...env },
  });
  return server;
}

/** A POST as the browser app sends it over `transport`. */
function post(url: string, path: string, transport: Transport, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      origin: url,
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
      ...transportHeaders(transport),
    },
    body: JSON.stringify(body),
  });
}

describe.each(TRANSPORTS)('cookies over $transport', ({ transport, trustProxy }) => {
  it('login: the session cookie; logout: cleared with the same flags', async () => {
    const medverk = await start(trustProxy);
    const email = `kari-${newId()}@asker.kommune.no`;
    await createStaff(medverk, { email, name: 'Kari', password: 'riktig-passord-1' });

    const login = await post(medverk.url, '/api/auth/login', transport, { email, password: 'riktig-passord-1' });
    expect(login.status).toBe(200);
    const session = cookiesOf(login, transport).get(SESSION_COOKIE);
    expectSession(session);

    const logout = await post(medverk.url, '/api/auth/logout', transport, {}, `${SESSION_COOKIE}=${session!.value}`);
    expect(logout.status).toBeLessThan(300);
    expectCleared(cookiesOf(logout, transport).get(SESSION_COOKIE), '/');
  });

  it('the setup link: the first administrator’s session cookie', async () => {
    const medverk = await start(trustProxy);
    const token = new URL(medverk.medverk.setupUrl!).hash.slice(1);
    const setup = await post(medverk.url, '/api/setup', transport, {
      token,
      email: `admin-${newId()}@asker.kommune.no`,
      name: 'Admin',
      password: 'riktig-passord-1',
    });
    expect(setup.status).toBe(201);
    expectSession(cookiesOf(setup, transport).get(SESSION_COOKIE));
  });

  it('an invitation link: the guest session cookie (an editor, and a workshop participant)', async () => {
    const medverk = await start(trustProxy);
    const owner = await ownerWithPlan(medverk);
    for (const role of ['editor', 'participant'] as const) {
      const { token } = await createInvite(medverk, owner.cookie, owner.planId, { role, expiresInHours: 24, maxUses: 5 });
      const redeem = await post(medverk.url, `/api/invites/${token}/redeem`, transport, { displayName: `Gjest ${role}` });
      expect(redeem.status, role).toBe(200);
      expectSession(cookiesOf(redeem, transport).get(SESSION_COOKIE));
    }
  });

  it('OpenID Connect: the pending login cookie (only for the callback, ten minutes), then the session', async () => {
    idp = await startTestIdp();
    idp.person({ sub: 'kari-0001', email: 'kari@asker.kommune.no', email_verified: true, name: 'Kari' });
    const medverk = await start(trustProxy, { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret });
    // The IdP sends the browser back to the callback on the address Medverk says it has.
    const origin = transport === 'https via a trusted proxy' ? medverk.url.replace('http:', 'https:') : medverk.url;
    idp.serve([`${origin}/api/auth/oidc/callback`]);
    await createStaff(medverk, { email: 'kari@asker.kommune.no', name: 'Kari', password: 'riktig-passord-1' });

    const start_ = await fetch(`${medverk.url}/api/auth/oidc/start`, { redirect: 'manual', headers: transportHeaders(transport) });
    expect(start_.status).toBe(302);
    const pending = cookiesOf(start_, transport).get(OIDC_COOKIE);
    expect(pending, 'the pending login cookie').toBeDefined();
    // Narrower than `/` on purpose: only the callback needs it.
    expect(pending!.attributes.get('path')).toBe('/api/auth/oidc');
    expect(Number(pending!.attributes.get('max-age'))).toBe(OIDC_PENDING_SECONDS);

    const back = await idp.signIn(start_.headers.get('location')!, 'kari-0001');
    const callback = await fetch(`${medverk.url}${back.pathname}${back.search}`, {
      redirect: 'manual',
      headers: { cookie: `${OIDC_COOKIE}=${pending!.value}`, ...transportHeaders(transport) },
    });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).not.toContain('error');
    const cookies = cookiesOf(callback, transport);
    expectCleared(cookies.get(OIDC_COOKIE), '/api/auth/oidc');
    expectSession(cookies.get(SESSION_COOKIE));
  });
});
