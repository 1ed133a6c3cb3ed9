import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** scrypt with OWASP's minimum cost (N=2^17 would be stronger but takes ~100 ms per login here). */
export const FULL_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

/**
 * 32 times cheaper (~2 ms instead of ~60 ms): test servers make thousands of logins, failed ones
 * included, and each costs a hash. Never for a real password: see lowerPasswordCostForTests.
 */
export const TEST_ONLY_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

/** Enough for FULL_COST (32 MiB) with room; a stored hash asking for more is refused. */
const MAX_MEMORY = 64 * 1024 * 1024;
const KEY_LENGTH = 64;

/** The cost new hashes get in this process. */
let cost: ScryptCost = FULL_COST;

/**
 * Tests only: new hashes in this process get TEST_ONLY_COST. Called by tests/support/testServer.ts
 * for the servers tests run in their own process; nothing under server/ or scripts/ calls it, and
 * there is no setting or variable that reaches it (passwords.test.ts checks both). Verifying stays
 * exact either way, since a stored hash names its own cost.
 */
export function lowerPasswordCostForTests(): void {
  cost = TEST_ONLY_COST;
}

/** The cost new hashes get in this process: FULL_COST unless a test lowered it. */
export function passwordCost(): ScryptCost {
  return cost;
}

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Stored as `scrypt$N$r$p$salt$key` (base64url), so the cost can rise for new hashes later. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = cost;
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r, p, maxmem: MAX_MEMORY });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  let actual: Buffer;
  try {
    actual = await derive(password, Buffer.from(salt, 'base64url'), {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: MAX_MEMORY,
    });
  } catch {
    // Cost parameters scrypt refuses (not a number, not a power of two, over the memory limit).
    return false;
  }
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: { cost: ScryptCost; hash: Promise<string> } | null = null;

/**
 * A hash of nothing, verified against when the account does not exist, so timing says nothing:
 * made once, at the cost real accounts' hashes get.
 */
export function dummyHash(): Promise<string> {
  if (dummy?.cost !== cost) dummy = { cost, hash: hashPassword(randomBytes(16).toString('hex')) };
  return dummy.hash;
}
