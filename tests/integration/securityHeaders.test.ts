import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/plan/items';
import { createPlan } from '../../server/plans/createPlan';
import { HSTS_VALUE, TIPTAP_STYLE_HASH } from '../../server/http/securityHeaders';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Every kind of response carries the security headers: the client app's pages, the public page,
 * an API route (also its 404 and an early refusal) and a static file. A small client of its own
 * (no build needed); the real built pages run under the policy in tests/e2e/contentSecurityPolicy.
 */

const HTML = (script: string) =>
  `<!doctype html>\n<html lang="nb">\n  <head>\n    <title>Medverk</title>\n    <script type="module" src="/assets/${script}"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n`;

let server: TestServer;
let clientDir: string;
let targets: Record<string, { path: string; status: number; init?: RequestInit }>;

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'medverk-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), HTML('main.js'));
  writeFileSync(join(clientDir, 'public.html'), HTML('public.js'));
  writeFileSync(join(clientDir, 'assets', 'main.js'), 'export {};\n');
  server = await startTestServer({ seedDemo: false, env: { CLIENT_DIR: clientDir } });
  targets = {
    'the app page': { path: '/', status: 200 },
    'a deep link into the app': { path: '/plans/abc', status: 200 },
    'the public page': { path: `/p/${await publicPage()}`, status: 200 },
    'an API route': { path: '/api/health', status: 200 },
    'an unknown API route': { path: '/api/nothing-here', status: 404 },
    'a refused cross-site request': {
      path: '/api/auth/login',
      status: 403,
      init: { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' },
    },
    'a static asset': { path: '/assets/main.js', status: 200 },
  };
});

afterAll(async () => {
  await server?.dispose();
  rmSync(clientDir, { recursive: true, force: true });
});

async function publicPage(): Promise<string> {
  const storage = server.medverk.storage;
  const plan = await createPlan(storage.plans, { title: 'Temaplan', municipality: 'Asker kommune' });
  const slug = `plan-${newId().toLowerCase()}`;
  const saved = await storage.publicPages.saveSettings({
    planId: plan.id,
    enabled: true,
    slug,
    intro: [],
    contact: { name: '', title: '', email: '', phone: '' },
    publishedVersionId: null,
    openInput: false,
    publishInputList: false,
    retentionDays: 365,
    inboxRoles: [],
    updatedAt: Date.now(),
  });
  if (saved !== 'ok') throw new Error(`saving settings: ${saved}`);
  return slug;
}

/** The named header of every target, each checked to have answered as expected. */
async function headerEverywhere(name: string, headers: Record<string, string> = {}): Promise<Record<string, string | null>> {
  const seen: Record<string, string | null> = {};
  for (const [what, target] of Object.entries(targets)) {
    const init = target.init ?? {};
    const response = await fetch(`${server.url}${target.path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), ...headers },
    });
    await response.arrayBuffer();
    expect(response.status, what).toBe(target.status);
    seen[what] = response.headers.get(name);
  }
  return seen;
}

/** The directives of a Content-Security-Policy value, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers on every response', () => {
  it('Content-Security-Policy: own scripts only, no inline script, no framing, sockets to this host', async () => {
    for (const [what, policy] of Object.entries(await headerEverywhere('content-security-policy'))) {
      expect(policy, what).not.toBeNull();
      const csp = directives(policy!);
      expect(csp.get('default-src'), what).toEqual(["'self'"]);
      expect(csp.get('script-src'), what).toEqual(["'self'"]);
      expect(csp.get('object-src'), what).toEqual(["'none'"]);
      expect(csp.get('base-uri'), what).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
      expect(csp.get('style-src-elem'), what).toEqual(["'self'", TIPTAP_STYLE_HASH]);
      expect(csp.get('style-src-attr'), what).toEqual(["'none'"]);
      expect(policy, what).not.toContain('unsafe-inline');
      const host = new URL(server.url).host;
      expect(csp.get('connect-src'), what).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
      expect(policy, what).not.toContain('unsafe-eval');
      expect(policy, what).not.toContain('upgrade-insecure-requests');
    }
  });

  it('X-Frame-Options: DENY', async () => {
    for (const [what, value] of Object.entries(await headerEverywhere('x-frame-options'))) expect(value, what).toBe('DENY');
  });

  it('Referrer-Policy: same-origin, so tokens in paths never reach another site', async () => {
    for (const [what, value] of Object.entries(await headerEverywhere('referrer-policy'))) expect(value, what).toBe('same-origin');
  });

  it('X-Content-Type-Options: nosniff', async () => {
    for (const [what, value] of Object.entries(await headerEverywhere('x-content-type-options'))) expect(value, what).toBe('nosniff');
  });

  it('Strict-Transport-Security: never over plain http, even when a client claims https', async () => {
    for (const [what, value] of Object.entries(await headerEverywhere('strict-transport-security'))) expect(value, what).toBeNull();
    const claimed = await headerEverywhere('strict-transport-security', { 'x-forwarded-proto': 'https' });
    for (const [what, value] of Object.entries(claimed)) expect(value, what).toBeNull();
  });

  it('a Host header that is not a host adds nothing to the policy', async () => {
    const policy = await new Promise<string>((resolve, reject) => {
      const { port } = new URL(server.url);
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/', headers: { host: "evil.example; script-src 'unsafe-inline'" } },
        (response) => {
          response.resume();
          resolve(String(response.headers['content-security-policy']));
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(directives(policy).get('script-src')).toEqual(["'self'"]);
    expect(directives(policy).get('connect-src')).toEqual(["'self'", "'self'"]);
  });

  it("allows exactly the style element TipTap injects (the installed version's text)", () => {
    const require = createRequire(import.meta.url);
    const core = readFileSync(join(dirname(require.resolve('@tiptap/core')), 'index.js'), 'utf8');
    const start = core.indexOf('const style = `');
    expect(start, 'TipTap keeps its editor CSS in `const style`').toBeGreaterThan(-1);
    const css = core.slice(start + 'const style = `'.length, core.indexOf('`;', start));
    expect(`'sha256-${createHash('sha256').update(css).digest('base64')}'`).toBe(TIPTAP_STYLE_HASH);
  });
});

describe('behind a trusted proxy', () => {
  let proxied: TestServer;

  beforeAll(async () => {
    proxied = await startTestServer({ seedDemo: false, env: { TRUST_PROXY: 'loopback', CLIENT_DIR: clientDir } });
  });

  afterAll(async () => {
    await proxied?.dispose();
  });

  it('Strict-Transport-Security when the proxy says the request came over TLS, and not otherwise', async () => {
    for (const path of ['/', '/api/health', '/assets/main.js']) {
      const overTls = await fetch(`${proxied.url}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
      await overTls.arrayBuffer();
      expect(overTls.headers.get('strict-transport-security'), path).toBe(HSTS_VALUE);
      const plain = await fetch(`${proxied.url}${path}`, { headers: { 'x-forwarded-proto': 'http' } });
      await plain.arrayBuffer();
      expect(plain.headers.get('strict-transport-security'), path).toBeNull();
    }
  });
});
