import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, startTestServer, type TestServer } from '../support/testServer';

/**
 * The cross-site request guard holds for every state-changing request, however its path is
 * spelled: requests go out over a plain TCP socket, so the request target is sent exactly as
 * written (fetch would normalise `/api/./auth` and `%61pi` before sending).
 */
let server: TestServer;
let host: string;
const email = 'origin-paths@asker.kommune.no';
const password = 'riktig-passord-1';

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  host = new URL(server.url).host;
  await createStaff(server, { email, name: 'Saksbehandler', password });
});

afterAll(async () => {
  await server.dispose();
});

interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** One HTTP/1.1 request with the request target as given, answered and closed. */
function rawRequest(
  method: string,
  target: string,
  headers: Record<string, string>,
  body = '',
): Promise<RawResponse> {
  const { port } = new URL(server.url);
  const lines = [
    `${method} ${target} HTTP/1.1`,
    `Host: ${host}`,
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ...(body
      ? ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`]
      : ['Content-Length: 0']),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = text.slice(0, split);
      resolve({ status: Number(head.split(' ')[1]), headers: head, body: text.slice(split + 4) });
    });
    // Not end(): a half-closed connection may be dropped before a slow answer (a password check) is sent.
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

function errorCode(response: RawResponse): string | undefined {
  try {
    return (JSON.parse(response.body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

const loginBody = () => JSON.stringify({ email, password });

describe('the origin check on every spelling of a path', () => {
  const spellings = () => [
    '/%61pi/auth/login',
    '/%61%70%69/auth/login',
    '/api/auth/%6Cogin',
    '//api/auth/login',
    '/api//auth/login',
    `http://${host}/api/auth/login`,
    'http://evil.example/api/auth/login',
    '/API/auth/login',
    '/Api/Auth/Login',
    '/api/./auth/login',
    '/api/../api/auth/login',
    '/x/../api/auth/login',
    '/api/auth/login.',
    '/api/auth/login/',
    '/api/auth/login?x=1',
    '/api/auth/login;x',
    '/api%2Fauth%2Flogin',
    '*',
  ];

  it('refuses each without an Origin header', async () => {
    for (const target of spellings()) {
      const response = await rawRequest('POST', target, {}, loginBody());
      expect({ target, status: response.status, code: errorCode(response) }).toEqual({
        target,
        status: 403,
        code: 'bad-origin',
      });
      expect(response.headers, target).not.toMatch(/set-cookie/i);
    }
  });

  it('refuses each with a foreign Origin', async () => {
    for (const target of spellings()) {
      const response = await rawRequest(
        'POST',
        target,
        { Origin: 'https://evil.example' },
        loginBody(),
      );
      expect({ target, status: response.status, code: errorCode(response) }).toEqual({
        target,
        status: 403,
        code: 'bad-origin',
      });
      expect(response.headers, target).not.toMatch(/set-cookie/i);
    }
  });

  it('refuses every state-changing method, not only POST', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
      for (const target of ['/%61pi/plans/x', '//api/plans/x', '/API/plans/x']) {
        const response = await rawRequest(method, target, { Origin: 'https://evil.example' });
        expect({ method, target, status: response.status, code: errorCode(response) }).toEqual({
          method,
          target,
          status: 403,
          code: 'bad-origin',
        });
      }
    }
  });

  it('still lets the site’s own Origin in, on the plain path and through an encoded one', async () => {
    const plain = await rawRequest('POST', '/api/auth/login', { Origin: server.url }, loginBody());
    expect(plain.status).toBe(200);
    expect(plain.headers).toMatch(/set-cookie: medverk_session=/i);
    // The router decodes %61 to "a": the request reaches login, and is judged like the plain one.
    const encoded = await rawRequest(
      'POST',
      '/%61pi/auth/login',
      { Origin: server.url },
      loginBody(),
    );
    expect(encoded.status).toBe(200);
    // Safe methods need no Origin, whatever the path.
    const health = await rawRequest('GET', '/%61pi/health', {});
    expect(health.status).toBe(200);
  });

  it('identifies the caller on an encoded API path too, so the session is not lost', async () => {
    const login = await rawRequest('POST', '/api/auth/login', { Origin: server.url }, loginBody());
    const cookie = /set-cookie: (medverk_session=[^;]+)/i.exec(login.headers)?.[1];
    expect(cookie).toBeTruthy();
    const created = await rawRequest(
      'POST',
      '/%61pi/plans',
      { Origin: server.url, Cookie: cookie! },
      JSON.stringify({ title: 'Temaplan', municipality: 'Asker kommune' }),
    );
    expect(created.status).toBe(201);
  });
});

describe('the origin check on every registered state-changing route', () => {
  const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

  /** Every route Fastify knows, read from its route tree (one line per node, four columns a level). */
  function registeredRoutes(): { method: string; url: string }[] {
    const tree = server.medverk.app.printRoutes({ commonPrefix: false });
    const stack: string[] = [];
    const routes: { method: string; url: string }[] = [];
    for (const line of tree.split('\n')) {
      const match = /^([│ ├└─]*?)[├└]── (\S+)(?: \(([^)]*)\))?$/.exec(line);
      if (!match) continue;
      const depth = match[1]!.length / 4;
      stack.length = depth;
      stack.push(match[2]!);
      const url = stack.join('');
      for (const method of (match[3] ?? '')
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean))
        routes.push({ method, url });
    }
    return routes;
  }

  const fill = (url: string) =>
    url.replace(/:[A-Za-z]+/g, 'x0000000000000000000000').replace(/\*/g, 'x');

  it('finds the routes it walks', () => {
    const routes = registeredRoutes();
    for (const route of routes)
      expect(server.medverk.app.hasRoute(route), `${route.method} ${route.url}`).toBe(true);
    const changing = routes.filter((route) => !SAFE.has(route.method));
    expect(changing.length).toBeGreaterThan(40);
    expect(changing).toContainEqual({ method: 'POST', url: '/api/auth/login' });
    expect(changing).toContainEqual({ method: 'DELETE', url: '/api/plans/:id/members/:principal' });
  });

  it('each refuses a foreign Origin and a missing one, and its own Origin gets past the check', async () => {
    const changing = registeredRoutes().filter((route) => !SAFE.has(route.method));
    for (const { method, url } of changing) {
      const target = fill(url);
      for (const headers of [{ Origin: 'https://evil.example' }, {}, { Origin: 'null' }] as Record<
        string,
        string
      >[]) {
        const response = await rawRequest(method, target, headers, '{}');
        expect({
          method,
          url,
          headers,
          status: response.status,
          code: errorCode(response),
        }).toEqual({
          method,
          url,
          headers,
          status: 403,
          code: 'bad-origin',
        });
      }
      // No session and made-up ids: refused, but by the route, not by the origin check.
      const own = await rawRequest(method, target, { Origin: server.url }, '{}');
      expect(errorCode(own), `${method} ${url}`).not.toBe('bad-origin');
    }
  });
});
