import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it, expect, vi } from 'vitest';
import { dummyHash, hashPassword, lowerPasswordCostForTests, verifyPassword } from './passwords';
import type * as Passwords from './passwords';

/** A copy of the module no other code in this worker has touched, as a server process has it. */
async function freshPasswordsModule(): Promise<typeof Passwords> {
  vi.resetModules();
  return import('./passwords');
}

/** Every .ts/.tsx file under `dir`, except tests. */
function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The parts of a stored hash: scheme, N, r, p, salt, key. */
function parts(stored: string): string[] {
  return stored.split('$');
}

function withPart(stored: string, index: number, value: string): string {
  const copy = parts(stored);
  copy[index] = value;
  return copy.join('$');
}

describe('passwords', () => {
  // What verifying does is the same at any cost (it reads N, r and p from the stored hash), so the
  // tests of its behaviour hash cheaply; the tests of the cost itself use a fresh, full-cost copy.
  beforeAll(() => lowerPasswordCostForTests());

  it('hashes to scrypt$N$r$p$salt$key and verifies the same password', async () => {
    const { hashPassword, verifyPassword } = await freshPasswordsModule();
    const stored = await hashPassword('correct horse battery staple');
    const [scheme, n, r, p, salt, key] = parts(stored);
    expect(scheme).toBe('scrypt');
    expect(Number(n)).toBeGreaterThanOrEqual(2 ** 15);
    expect(Number(r)).toBe(8);
    expect(Number(p)).toBe(1);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(64);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
  });

  it('refuses a wrong password, including near misses', async () => {
    const stored = await hashPassword('Sommer2025!');
    expect(await verifyPassword('Sommer2025', stored)).toBe(false);
    expect(await verifyPassword('sommer2025!', stored)).toBe(false);
    expect(await verifyPassword('Sommer2025! ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('uses a fresh salt each time, so the same password hashes differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(parts(a)[4]).not.toBe(parts(b)[4]);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('refuses a tampered stored hash', async () => {
    const stored = await hashPassword('secret');
    const key = parts(stored)[5] ?? '';
    const salt = parts(stored)[4] ?? '';
    const flip = (text: string) => (text.startsWith('A') ? `B${text.slice(1)}` : `A${text.slice(1)}`);
    expect(await verifyPassword('secret', withPart(stored, 5, flip(key)))).toBe(false);
    expect(await verifyPassword('secret', withPart(stored, 4, flip(salt)))).toBe(false);
    // Another (valid) cost gives another key.
    expect(await verifyPassword('secret', withPart(stored, 1, String(2 ** 14)))).toBe(false);
    // A truncated key has the wrong length.
    expect(await verifyPassword('secret', withPart(stored, 5, key.slice(0, 40)))).toBe(false);
  });

  it('normalises to NFKC, so compatibility and composed forms of a password are the same', async () => {
    // U+FB01 LATIN SMALL LIGATURE FI is NFKC-equivalent to "fi".
    const ligature = await hashPassword('\uFB01sk');
    expect(await verifyPassword('fisk', ligature)).toBe(true);
    // A precomposed "é" and "e" + combining acute accent are the same password.
    const composed = await hashPassword('caf\u00E9');
    expect(await verifyPassword('cafe\u0301', composed)).toBe(true);
    expect(await verifyPassword('cafe', composed)).toBe(false);
  });

  it('returns false, never throws, for malformed stored hashes', async () => {
    const good = await hashPassword('pw');
    const malformed = [
      '',
      'plain-text-password',
      'scrypt',
      'scrypt$$$$$',
      'bcrypt$32768$8$1$c2FsdA$a2V5',
      withPart(good, 0, 'SCRYPT'),
      withPart(good, 1, 'abc'),
      withPart(good, 1, '-1'),
      withPart(good, 1, '3'),
      withPart(good, 1, '1.5'),
      withPart(good, 1, String(2 ** 30)),
      withPart(good, 2, 'x'),
      withPart(good, 4, ''),
      withPart(good, 5, ''),
      parts(good).slice(0, 5).join('$'),
    ];
    for (const stored of malformed) {
      await expect(verifyPassword('pw', stored), stored).resolves.toBe(false);
    }
  });

  it('dummyHash is one valid hash, computed once, that no ordinary password matches', async () => {
    const first = await dummyHash();
    expect(await dummyHash()).toBe(first);
    expect(first.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('', first)).toBe(false);
    expect(await verifyPassword('password', first)).toBe(false);
  });

  it('a server hashes at the full cost: N=2^15, r=8, p=1', async () => {
    const passwords = await freshPasswordsModule();
    expect(passwords.passwordCost()).toEqual({ N: 2 ** 15, r: 8, p: 1 });
    const [, n, r, p] = parts(await passwords.hashPassword('pw'));
    expect([Number(n), Number(r), Number(p)]).toEqual([2 ** 15, 8, 1]);
    const [, dummyN] = parts(await passwords.dummyHash());
    expect(Number(dummyN)).toBe(2 ** 15);
  });

  it('only tests lower the cost: no server, client, shared or script code names the switch', () => {
    const root = join(import.meta.dirname, '..', '..');
    const callers = ['server', 'client', 'shared', 'scripts']
      .flatMap((dir) => productionFiles(join(root, dir)))
      .filter((file) => !file.endsWith(join('server', 'auth', 'passwords.ts')))
      .filter((file) => /lowerPasswordCostForTests|TEST_ONLY_COST/.test(readFileSync(file, 'utf8')));
    expect(callers).toEqual([]);
  });

  it('at the test cost: hashes name N=2^10 and verify; full-cost hashes still verify; the dummy follows', async () => {
    const passwords = await freshPasswordsModule();
    const full = await passwords.hashPassword('riktig');
    const fullDummy = await passwords.dummyHash();
    passwords.lowerPasswordCostForTests();
    const cheap = await passwords.hashPassword('riktig');
    expect(Number(parts(cheap)[1])).toBe(2 ** 10);
    expect(await passwords.verifyPassword('riktig', cheap)).toBe(true);
    expect(await passwords.verifyPassword('feil', cheap)).toBe(false);
    expect(await passwords.verifyPassword('riktig', full)).toBe(true);
    // Unknown accounts cost what known ones do, at whichever cost is in use.
    const cheapDummy = await passwords.dummyHash();
    expect(Number(parts(cheapDummy)[1])).toBe(2 ** 10);
    expect(cheapDummy).not.toBe(fullDummy);
  });
});
