import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditAction } from '../../shared/api/audit';
import type { MeResponse } from '../../shared/api/auth';
import { api, createStaff, startTestServer, type TestServer } from '../support/testServer';
import { startTestIdp, type TestIdp } from '../support/oidcProvider';

const FAILED = '/login?error=oidc-failed';
const kari = { sub: 'kari-0001', email: 'Kari.Nordmann@asker.kommune.no', email_verified: true, name: 'Kari Nordmann' };

let idp: TestIdp;
let server: TestServer | null = null;

beforeEach(async () => {
  idp = await startTestIdp();
  idp.person(kari);
});

afterEach(async () => {
  await server?.dispose();
  server = null;
  await idp.close();
});

/** Medverk configured for the test IdP; the IdP answers only once `serve` is called. */
async function startMedverk(env: Record<string, string> = {}, options: { serveIdp?: boolean } = {}) {
  const started = await startTestServer({
    seedDemo: false,
    env: {
      // Failed logins are logged as warnings by design; keep them out of the test output.
      LOG_LEVEL: 'error',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      ...env,
    },
  });
  server = started;
  if (options.serveIdp !== false) idp.serve([`${started.url}/api/auth/oidc/callback`]);
  const audit = vi.spyOn(started.medverk.auth.audit, 'record');
  return { server: started, audit };
}

interface LoginResult {
  /** Where Medverk's callback (or start, if it failed) sent the browser. */
  location: string | null;
  session: string | null;
  authorizationUrl: URL | null;
}

/** The whole round trip as a browser makes it: start → IdP login → callback. */
async function logInThroughIdp(
  medverk: TestServer,
  sub: string,
  options: { returnTo?: string; tamper?: (callback: URL) => void; dropCookie?: boolean } = {},
): Promise<LoginResult> {
  const query = options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`;
  const start = await fetch(`${medverk.url}/api/auth/oidc/start${query}`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const location = start.headers.get('location') ?? '';
  if (location === FAILED) return { location, session: null, authorizationUrl: null };
  const pending = start.headers.getSetCookie().find((c) => c.startsWith('medverk_oidc='));
  expect(pending).toMatch(/HttpOnly/i);
  expect(pending).toMatch(/SameSite=Lax/i);

  const callback = await idp.signIn(location, sub);
  expect(callback.href.startsWith(`${medverk.url}/api/auth/oidc/callback?`)).toBe(true);
  options.tamper?.(callback);
  const done = await fetch(callback, {
    redirect: 'manual',
    headers: options.dropCookie ? {} : { cookie: pending!.split(';')[0]! },
  });
  expect(done.status).toBe(302);
  const session = done.headers.getSetCookie().find((c) => c.startsWith('medverk_session='));
  return { location: done.headers.get('location'), session: session?.split(';')[0] ?? null, authorizationUrl: new URL(location) };
}

async function me(medverk: TestServer, cookie: string | null): Promise<MeResponse> {
  return (await (await api(medverk.url, cookie)('/api/auth/me')).json()) as MeResponse;
}

describe('OpenID Connect login', () => {
  it('logs in an existing staff member by verified e-mail, links the account and returns to the page', async () => {
    const { server: medverk, audit } = await startMedverk();
    const staff = await createStaff(medverk, { email: 'kari.nordmann@asker.kommune.no', name: 'Kari', password: 'riktig-passord-1' });
    expect((await me(medverk, null)).oidc).toBe(true);

    const result = await logInThroughIdp(medverk, kari.sub, { returnTo: '/plans/abc?tab=1' });
    const params = result.authorizationUrl!.searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toBeTruthy();
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('scope')).toBe('openid profile email');
    expect(result.location).toBe('/plans/abc?tab=1');
    expect(result.session).toBeTruthy();
    expect((await me(medverk, result.session)).me).toMatchObject({ kind: 'user', id: staff.id });
    expect(audit).toHaveBeenCalledWith(AuditAction.Login, expect.objectContaining({ kind: 'user' }), null, { method: 'oidc', linked: true });

    // Linked by (issuer, sub) now: a changed e-mail at the IdP still reaches the same account.
    idp.person({ ...kari, email: 'kari@example.org' });
    const again = await logInThroughIdp(medverk, kari.sub);
    expect(again.location).toBe('/');
    expect((await me(medverk, again.session)).me).toMatchObject({ kind: 'user', id: staff.id });
  });

  it('refuses someone without a staff account when auto-provisioning is off', async () => {
    const { server: medverk, audit } = await startMedverk();
    await createStaff(medverk, { email: 'admin@asker.kommune.no', name: 'Admin', password: 'riktig-passord-1', isAdmin: true });
    const result = await logInThroughIdp(medverk, kari.sub);
    expect(result.location).toBe(FAILED);
    expect(result.session).toBeNull();
    expect(await medverk.medverk.storage.accounts.getUserByEmail(kari.email)).toBeNull();
    expect(audit).toHaveBeenCalledWith(
      AuditAction.LoginFailed,
      null,
      null,
      expect.objectContaining({ method: 'oidc', reason: 'no-account', subject: kari.sub }),
    );
  });

  it('refuses an e-mail the IdP has not verified, even when a staff account has it', async () => {
    const { server: medverk, audit } = await startMedverk();
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    idp.person({ ...kari, email_verified: false });
    const result = await logInThroughIdp(medverk, kari.sub);
    expect(result.location).toBe(FAILED);
    expect(result.session).toBeNull();
    expect(audit).toHaveBeenCalledWith(AuditAction.LoginFailed, null, null, expect.objectContaining({ reason: 'no-verified-email' }));
  });

  it('creates a staff account on first login when auto-provisioning is on (once there is an administrator)', async () => {
    const { server: medverk, audit } = await startMedverk({ OIDC_AUTO_PROVISION: 'true' });
    // No administrator yet: an account now would make the one-time setup link useless.
    expect((await logInThroughIdp(medverk, kari.sub)).location).toBe(FAILED);
    expect(audit).toHaveBeenCalledWith(AuditAction.LoginFailed, null, null, expect.objectContaining({ reason: 'setup-pending' }));

    await createStaff(medverk, { email: 'admin@asker.kommune.no', name: 'Admin', password: 'riktig-passord-1', isAdmin: true });
    const result = await logInThroughIdp(medverk, kari.sub);
    expect(result.location).toBe('/');
    const who = await me(medverk, result.session);
    expect(who.me).toMatchObject({ kind: 'user', name: 'Kari Nordmann', email: 'kari.nordmann@asker.kommune.no', isAdmin: false });
    const stored = await medverk.medverk.storage.accounts.getUserByOidc(idp.issuer, kari.sub);
    expect(stored?.passwordHash).toBeNull();
    expect(audit).toHaveBeenCalledWith(AuditAction.Login, expect.objectContaining({ kind: 'user' }), null, { method: 'oidc', provisioned: true });
  });

  it('refuses a callback with a tampered state, and the attempt cannot be replayed', async () => {
    const { server: medverk, audit } = await startMedverk();
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    let callback: URL | null = null;
    const result = await logInThroughIdp(medverk, kari.sub, {
      tamper: (url) => {
        url.searchParams.set('state', 'forged-state');
        callback = url;
      },
    });
    expect(result.location).toBe(FAILED);
    expect(result.session).toBeNull();
    expect(audit).toHaveBeenCalledWith(
      AuditAction.LoginFailed,
      null,
      null,
      expect.objectContaining({ reason: 'invalid-response', error: expect.stringContaining('"state"') as string }),
    );

    // The pending login was used up by the failed attempt.
    const replay = await fetch(callback!, { redirect: 'manual' });
    expect(replay.headers.get('location')).toBe(FAILED);
    expect(audit).toHaveBeenCalledWith(AuditAction.LoginFailed, null, null, expect.objectContaining({ reason: 'no-pending-login' }));
  });

  it('passes on a refusal by the IdP', async () => {
    const { server: medverk, audit } = await startMedverk();
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    const result = await logInThroughIdp(medverk, kari.sub, {
      tamper: (url) => {
        url.searchParams.delete('code');
        url.searchParams.set('error', 'access_denied');
      },
    });
    expect(result.location).toBe(FAILED);
    expect(audit).toHaveBeenCalledWith(
      AuditAction.LoginFailed,
      null,
      null,
      expect.objectContaining({ reason: 'provider-refused', error: 'access_denied' }),
    );
  });

  it('fails cleanly when the IdP rejects the client secret', async () => {
    const { server: medverk, audit } = await startMedverk({ OIDC_CLIENT_SECRET: 'not-the-secret' });
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    const result = await logInThroughIdp(medverk, kari.sub);
    expect(result.location).toBe(FAILED);
    expect(result.session).toBeNull();
    expect(audit).toHaveBeenCalledWith(
      AuditAction.LoginFailed,
      null,
      null,
      expect.objectContaining({ reason: 'invalid-response', error: expect.stringContaining('invalid_client') as string }),
    );
  });

  it('refuses a callback arriving without the pending-login cookie (another browser)', async () => {
    const { server: medverk } = await startMedverk();
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    const result = await logInThroughIdp(medverk, kari.sub, { dropCookie: true });
    expect(result.location).toBe(FAILED);
    expect(result.session).toBeNull();
  });

  it('sends returnTo that leaves the site to / instead', async () => {
    const { server: medverk } = await startMedverk();
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    for (const returnTo of ['//evil.example', 'https://evil.example/x', '/\\evil.example']) {
      const result = await logInThroughIdp(medverk, kari.sub, { returnTo });
      expect(result.location).toBe('/');
      expect(result.session).toBeTruthy();
    }
  });

  it('starts while the IdP is down and discovers it once it is up', async () => {
    const { server: medverk, audit } = await startMedverk({}, { serveIdp: false });
    await createStaff(medverk, { email: kari.email, name: 'Kari', password: 'riktig-passord-1' });
    const down = await logInThroughIdp(medverk, kari.sub);
    expect(down.location).toBe(FAILED);
    expect(audit).toHaveBeenCalledWith(AuditAction.LoginFailed, null, null, expect.objectContaining({ reason: 'provider-unavailable' }));

    idp.serve([`${medverk.url}/api/auth/oidc/callback`]);
    const up = await logInThroughIdp(medverk, kari.sub);
    expect(up.location).toBe('/');
    expect(up.session).toBeTruthy();
  });

  it('answers 404 oidc-failed when OIDC is not configured', async () => {
    server = await startTestServer({ seedDemo: false });
    expect((await me(server, null)).oidc).toBe(false);
    for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('oidc-failed');
    }
  });
});
