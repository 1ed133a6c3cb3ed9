import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skipUnlessRequired } from './requiredService';

/** Where tests find PostgreSQL; locally and in CI a trust-auth server on the default port. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when PostgreSQL answers at TEST_DATABASE_URL, else why not (for the skip message). */
export async function postgresUnavailable(url = TEST_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL unreachable at ${redacted(url)}: ${error instanceof Error ? error.message || error.name : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * postgresUnavailable, said out loud: a skip without a reason on the console would look like a
 * pass, and in CI it is an error, not a skip. Call once per test file, at the top.
 */
export async function postgresSkipReason(what: string): Promise<string | null> {
  const reason = await postgresUnavailable();
  return skipUnlessRequired(`${what} (PostgreSQL)`, reason && `${reason} (set TEST_DATABASE_URL)`);
}

export interface TestSchema {
  name: string;
  /** TEST_DATABASE_URL with this schema as the search_path of every connection made from it. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty schema of its own, so test files running in parallel (and several servers
 * within one test) never see each other's tables.
 */
export async function createTestSchema(baseUrl = TEST_DATABASE_URL): Promise<TestSchema> {
  const name = `medverk_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE SCHEMA ${name}`);
  return {
    name,
    url: schemaUrl(baseUrl, name),
    drop: () => adminQuery(baseUrl, `DROP SCHEMA IF EXISTS ${name} CASCADE`),
  };
}

/** The connection URL whose sessions use `schema` (libpq's `options`, which node-postgres sends too). */
export function schemaUrl(baseUrl: string, schema: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return '(invalid URL)';
  }
}

const SCHEMA_FILE = 'postgres-test-schema';

/** TEST_STORAGE=postgres runs every startTestServer on PostgreSQL instead of SQLite. */
export function testServersUsePostgres(): boolean {
  return process.env.TEST_STORAGE === 'postgres';
}

/**
 * The DATABASE_URL for a test server on `dataDir`: a fresh schema the first time, the same one
 * when a test restarts the server on the same data dir (as it would reopen the SQLite file).
 */
export async function databaseUrlForDataDir(dataDir: string): Promise<string> {
  const file = join(dataDir, SCHEMA_FILE);
  if (existsSync(file)) return schemaUrl(TEST_DATABASE_URL, readFileSync(file, 'utf8').trim());
  const schema = await createTestSchema();
  writeFileSync(file, schema.name);
  return schema.url;
}

/** Drops the schema made for `dataDir`, if any (before the data dir itself is removed). */
export async function dropSchemaForDataDir(dataDir: string): Promise<void> {
  const file = join(dataDir, SCHEMA_FILE);
  if (!existsSync(file)) return;
  await adminQuery(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS ${readFileSync(file, 'utf8').trim()} CASCADE`);
}
