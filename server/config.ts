import { z } from 'zod';
import { isIP } from 'node:net';
import { resolve } from 'node:path';

// An empty variable (`OIDC_ISSUER=` in an env file) means unset, not an invalid URL.
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATA_DIR: z.string().default('./data'),
  /** PostgreSQL instead of the SQLite file in DATA_DIR: needed to run several servers. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  /** NORMAL survives a killed server; FULL also survives power loss (an fsync per batch). */
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  COMPACT_AFTER_BYTES: z.coerce.number().int().min(1).default(1024 * 1024),
  MAX_CONCURRENT_LOADS: z.coerce.number().int().min(1).default(16),
  /** Seed the demo plan into an empty database. */
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** With the demo plan: its public page, a consultation open now, goals and a knowledge base link. */
  SEED_DEMO_PUBLIC_PAGE: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long a login or guest session lasts. */
  SESSION_TTL_HOURS: z.coerce.number().min(1).max(24 * 90).default(24 * 14),
  /**
   * Behind a reverse proxy: whose X-Forwarded-* headers to believe (the client address for rate
   * limits, https for cookies). `false`, a hop count, or the proxies' addresses; see parseTrustProxy.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Websocket connections without a session that one client address may hold open on this server. */
  MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** How long a websocket may hold nothing (no document, workshop or inbox) before it is closed. */
  SOCKET_JOIN_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /**
   * The websocket heartbeat: a ping every HEARTBEAT_INTERVAL_MS, its pong due within
   * HEARTBEAT_TIMEOUT_MS. Short by default, so a person who drops off is shown offline (and leaves
   * the presence list) within seconds; a server holding many thousands of sockets wants longer,
   * since each ping costs CPU on both sides and a process that falls behind drops sockets.
   */
  HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(500).max(60_000).default(1_500),
  HEARTBEAT_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(2_500),
  /** Extra origins (comma-separated) allowed to send state-changing requests, e.g. the public URL. */
  TRUSTED_ORIGINS: z.string().default('').transform((value) => value.split(',').map((o) => o.trim()).filter(Boolean)),
  /** Where the built client lives; `npm start` builds it first. */
  CLIENT_DIR: z.string().default('./dist/client'),
  /** OpenID Connect login: on only when both the issuer and the client id are set. */
  OIDC_ISSUER: optionalString.pipe(z.string().url().optional()),
  OIDC_CLIENT_ID: optionalString,
  /** Unset for a public client (PKCE only). */
  OIDC_CLIENT_SECRET: optionalString,
  /** Unset: this request's origin + /api/auth/oidc/callback. */
  OIDC_REDIRECT_URI: optionalString.pipe(z.string().url().optional()),
  OIDC_SCOPES: z
    .string()
    .default('openid profile email')
    .refine((value) => value.split(/\s+/).includes('openid'), 'must include openid'),
  /** true: the first OIDC login of an unknown (verified) e-mail creates a staff account. */
  OIDC_AUTO_PROVISION: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Several servers: all share this Redis (and one PostgreSQL); unset for a single server. */
  REDIS_URL: optionalString.pipe(z.string().url().optional()),
  /** Start of every Redis key and channel, so deployments sharing one Redis never meet. */
  REDIS_PREFIX: z.string().min(1).default('medverk:'),
  /** How often each server publishes a summary of every loaded document, so lost messages heal. */
  REDIS_RESYNC_MS: z.coerce.number().int().min(50).default(5_000),
  /** Receipts for input: e.g. smtp://user:pass@mail.example.no:587; unset sends no e-mail. */
  SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional()),
  /** The sender of receipts. */
  MAIL_FROM: z.string().default('Medverk <no-reply@localhost>'),
  /** The address residents reach the server at (links in receipts, the public page's address). */
  PUBLIC_URL: optionalString.pipe(z.string().url().optional()),
  /** Inputs one address may send per 10 minutes (the public form). */
  INPUT_LIMIT_PER_IP: z.coerce.number().int().min(1).default(10),
  /** How often residents' personal data past the plan's retention time is deleted (0: never; tests). */
  RETENTION_SWEEP_MS: z.coerce
    .number()
    .int()
    .refine((ms) => ms === 0 || ms >= 1_000, 'must be 0 (off) or at least 1000')
    .default(60 * 60 * 1000),
  /**
   * `GET /metrics` (Prometheus): off unless set; the scraper sends `Authorization: Bearer <token>`.
   * At least 32 characters (e.g. `openssl rand -hex 32`): it guards the server's vital signs.
   */
  METRICS_TOKEN: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** `json` (one JSON object a line, for log collectors), `pretty` (readable), or `auto`: pretty on a terminal. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL connection URL, or null for the SQLite file in `dataDir`. */
  databaseUrl: string | null;
  sqliteSynchronous: 'normal' | 'full';
  unloadDelayMs: number;
  compactAfterUpdates: number;
  compactAfterBytes: number;
  maxConcurrentLoads: number;
  seedDemo: boolean;
  seedDemoPublicPage: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  sessionTtlMs: number;
  /** Handed to Fastify as is: `request.ip`, `request.protocol` and `request.host` follow it. */
  trustProxy: TrustProxy;
  trustedOrigins: string[];
  maxAnonymousSocketsPerAddress: number;
  socketJoinTimeoutMs: number;
  heartbeat: { intervalMs: number; timeoutMs: number };
  clientDir: string;
  /** Null when OpenID Connect login is off. */
  oidc: OidcConfig | null;
  /** Null for a single server (no Redis). */
  redis: RedisConfig | null;
  /** Null: no receipts by e-mail. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Null: the address the server listens on. */
  publicUrl: string | null;
  inputLimitPerIp: number;
  retentionSweepMs: number;
  /** The bearer token `GET /metrics` asks for; null: metrics are off (404). */
  metricsToken: string | null;
  /** `auto` is resolved at start-up: pretty when stdout is a terminal, else JSON. */
  logFormat: 'auto' | 'json' | 'pretty';
}

/**
 * Fastify's `trustProxy`: false (the socket's address), the trusted proxies' addresses and ranges
 * (compiled by proxy-addr), or a hop count as a function. Never `true` (Fastify would then trust
 * every X-Forwarded-For entry, so anyone could pick their own address) and never a number (Fastify 5
 * ignores a bare hop count: it cannot check the peer, so it trusts no header at all).
 */
export type TrustProxy = false | string[] | ((address: string, hop: number) => boolean);

/** The ranges proxy-addr knows by name. */
const NAMED_PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_PROXY_HOPS = 10;

/**
 * TRUST_PROXY, or the problem with it:
 * - `false` (or `0`): X-Forwarded-* are ignored; the client is the socket's address.
 * - a hop count `1`, `2`, …: that many proxies nearest the server are trusted, so the client is the
 *   N-th X-Forwarded-For entry from the right (entries further left, which anyone can write, are
 *   never read). Only when the server is reachable through the proxy alone.
 * - `true`: kept for old configurations, and means 1 hop.
 * - addresses, CIDR ranges and `loopback` / `linklocal` / `uniquelocal`, comma-separated: the
 *   client is the right-most address (the socket's, then X-Forwarded-For from the right) that is
 *   not one of them.
 */
export function parseTrustProxy(raw: string): TrustProxy | string {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === '0' || value === '') return false;
  if (value === 'true') return trustHops(1);
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_PROXY_HOPS) return `a hop count must be at most ${MAX_PROXY_HOPS} (got ${hops})`;
    return trustHops(hops);
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isProxyAddress(entry));
  if (invalid.length > 0) {
    return (
      `must be false, a hop count (1, 2, …) or comma-separated proxy addresses / CIDR ranges / ` +
      `loopback, linklocal, uniquelocal; not understood: ${invalid.map((entry) => JSON.stringify(entry)).join(', ')}`
    );
  }
  return entries;
}

function trustHops(hops: number): TrustProxy {
  // proxy-addr asks about the socket's address (hop 0), then X-Forwarded-For from the right.
  return (_address, hop) => hop < hops;
}

function isProxyAddress(entry: string): boolean {
  if (NAMED_PROXY_RANGES.has(entry)) return true;
  const slash = entry.lastIndexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const family = isIP(address);
  if (family === 0) return false;
  if (slash === -1) return true;
  const bits = entry.slice(slash + 1);
  // As proxy-addr: a prefix length of 1 up to the address's size (a /0 would trust everyone).
  return /^\d+$/.test(bits) && Number(bits) >= 1 && Number(bits) <= (family === 4 ? 32 : 128);
}

export interface RedisConfig {
  url: string;
  prefix: string;
  resyncMs: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  redirectUri: string | null;
  scopes: string;
  autoProvision: boolean;
}

/** Reads the environment once, at start-up; an invalid value stops the server with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  // Half a configuration is a typo rather than a wish to turn OIDC off: say so at start-up.
  if (Boolean(c.OIDC_ISSUER) !== Boolean(c.OIDC_CLIENT_ID)) {
    throw new Error('Invalid configuration:\n  OIDC_ISSUER and OIDC_CLIENT_ID must be set together');
  }
  // Several servers on separate SQLite files would each hold different accounts and documents.
  if (c.REDIS_URL && !c.DATABASE_URL) {
    throw new Error('Invalid configuration:\n  REDIS_URL (several servers) needs DATABASE_URL (one shared PostgreSQL)');
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL ?? null,
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
    unloadDelayMs: c.UNLOAD_DELAY_MS,
    compactAfterUpdates: c.COMPACT_AFTER_UPDATES,
    compactAfterBytes: c.COMPACT_AFTER_BYTES,
    maxConcurrentLoads: c.MAX_CONCURRENT_LOADS,
    seedDemo: c.SEED_DEMO,
    seedDemoPublicPage: c.SEED_DEMO_PUBLIC_PAGE,
    logLevel: c.LOG_LEVEL,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3_600_000,
    trustProxy: c.TRUST_PROXY,
    trustedOrigins: c.TRUSTED_ORIGINS,
    maxAnonymousSocketsPerAddress: c.MAX_ANONYMOUS_SOCKETS_PER_ADDRESS,
    socketJoinTimeoutMs: c.SOCKET_JOIN_TIMEOUT_MS,
    heartbeat: { intervalMs: c.HEARTBEAT_INTERVAL_MS, timeoutMs: c.HEARTBEAT_TIMEOUT_MS },
    clientDir: resolve(c.CLIENT_DIR),
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID
        ? {
            issuer: c.OIDC_ISSUER,
            clientId: c.OIDC_CLIENT_ID,
            clientSecret: c.OIDC_CLIENT_SECRET ?? null,
            redirectUri: c.OIDC_REDIRECT_URI ?? null,
            scopes: c.OIDC_SCOPES.trim(),
            autoProvision: c.OIDC_AUTO_PROVISION,
          }
        : null,
    redis: c.REDIS_URL ? { url: c.REDIS_URL, prefix: c.REDIS_PREFIX, resyncMs: c.REDIS_RESYNC_MS } : null,
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    publicUrl: c.PUBLIC_URL ? c.PUBLIC_URL.replace(/\/+$/, '') : null,
    inputLimitPerIp: c.INPUT_LIMIT_PER_IP,
    retentionSweepMs: c.RETENTION_SWEEP_MS,
    metricsToken: c.METRICS_TOKEN ?? null,
    logFormat: c.LOG_FORMAT,
  };
}
