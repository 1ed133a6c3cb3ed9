import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { type Adapter, type AdapterPayload, type JWK } from 'oidc-provider';

/** Someone who can log in at the test IdP: `sub` plus the claims it releases. */
export interface TestPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestIdp {
  /** `http://127.0.0.1:<port>`, known (and listening) before the provider itself exists. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Until this is called every request gets 503, as from an IdP that is down. */
  serve(redirectUris: string[]): void;
  /** Adds or replaces a person (e.g. to change their e-mail between logins). */
  person(person: TestPerson): void;
  /**
   * Plays the browser from the IdP's authorization URL through the login form as `sub`; resolves
   * with the URL the IdP sends the browser back to (the relying party's callback, not yet called).
   */
  signIn(authorizationUrl: string, sub: string): Promise<URL>;
  close(): Promise<void>;
}

const INTERACTION = /^\/interaction\/([\w-]+)(\/login)?$/;

/**
 * A real OpenID provider (`oidc-provider`) on port 0 with one confidential client, PKCE required,
 * its own login page instead of the development one, and consent pre-granted for the client (as
 * an organisation's IdP does for its own applications). The socket listens first, so the issuer
 * URL can go into the relying party's configuration before the redirect URI is known.
 */
export async function startTestIdp(): Promise<TestIdp> {
  const people = new Map<string, TestPerson>();
  let handle = (_req: IncomingMessage, res: ServerResponse) => void res.writeHead(503).end('IdP not started');
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'medverk-test';
  const clientSecret = randomBytes(24).toString('base64url');

  const serve = (redirectUris: string[]) => {
    const provider = createProvider(issuer, { clientId, clientSecret, redirectUris, people });
    const oidc = provider.callback();
    handle = (req, res) => {
      const match = INTERACTION.exec(new URL(req.url ?? '/', issuer).pathname);
      if (!match) return void oidc(req, res);
      interact(provider, req, res, match[2] === '/login').catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error));
      });
    };
  };

  return {
    issuer,
    clientId,
    clientSecret,
    serve,
    person: (person) => void people.set(person.sub, person),
    signIn: (authorizationUrl, sub) => playBrowser(issuer, new URL(authorizationUrl), sub),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function createProvider(
  issuer: string,
  options: { clientId: string; clientSecret: string; redirectUris: string[]; people: Map<string, TestPerson> },
): Provider {
  // Our own keys and store: the defaults work too, but print "development only" warnings.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK;
  const store = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  return new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    adapter: (model: string) => mapAdapter(store, model),
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    claims: { email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    pkce: { methods: ['S256'], required: () => true },
    findAccount: (_ctx, sub) => {
      const person = options.people.get(sub);
      return person ? { accountId: sub, claims: () => ({ ...person }) } : undefined;
    },
    async loadExistingGrant(ctx) {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = (result?.consent as { grantId?: string } | undefined)?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
}

/** The login page: GET shows it (a stand-in body), POST `sub=…` to `…/login` logs in. */
async function interact(provider: Provider, req: IncomingMessage, res: ServerResponse, submitted: boolean): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') throw new Error(`unexpected prompt ${details.prompt.name}`);
  if (!submitted) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<form method="post">login</form>');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const accountId = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('sub') ?? '';
  await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
}

/** Follows the IdP's redirects by hand, keeping its cookies, until it sends the browser elsewhere. */
async function playBrowser(issuer: string, start: URL, sub: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  let form: URLSearchParams | null = null;
  for (let hop = 0; hop < 20; hop++) {
    if (url.origin !== issuer) return url;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form } : {}),
    });
    keepCookies(jar, response);
    const location = response.headers.get('location');
    const body = await response.text();
    form = null;
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
    } else if (response.status === 200 && INTERACTION.test(url.pathname)) {
      url = new URL(`${url.pathname}/login`, url);
      form = new URLSearchParams({ sub });
    } else {
      throw new Error(`IdP answered ${response.status} at ${url.pathname}: ${body.slice(0, 300)}`);
    }
  }
  throw new Error('too many redirects at the IdP');
}

function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = header.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
    if (expired || !value) jar.delete(name);
    else jar.set(name, value);
  }
}

/** oidc-provider's storage interface over a Map, honouring each entry's lifetime. */
function mapAdapter(store: Map<string, { payload: AdapterPayload; expiresAt: number }>, model: string): Adapter {
  const key = (id: string) => `${model}:${id}`;
  const get = (k: string): AdapterPayload | undefined => {
    const entry = store.get(k);
    return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
  };
  // Sessions are also looked up by their uid; keep that as an alias to the same entry.
  const uidKey = (uid: string) => `${model}:uid:${uid}`;
  return {
    upsert(id, payload, expiresIn) {
      const entry = { payload, expiresAt: Date.now() + expiresIn * 1000 };
      store.set(key(id), entry);
      if (model === 'Session' && payload.uid) store.set(uidKey(payload.uid), entry);
      return Promise.resolve();
    },
    find: (id) => Promise.resolve(get(key(id))),
    findByUid: (uid) => Promise.resolve(get(uidKey(uid))),
    findByUserCode: () => Promise.resolve(undefined),
    consume(id) {
      const payload = get(key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    },
    destroy(id) {
      const payload = get(key(id));
      if (payload?.uid) store.delete(uidKey(payload.uid));
      store.delete(key(id));
      return Promise.resolve();
    },
    revokeByGrantId(grantId) {
      for (const [k, entry] of store) if (entry.payload.grantId === grantId) store.delete(k);
      return Promise.resolve();
    },
  };
}
