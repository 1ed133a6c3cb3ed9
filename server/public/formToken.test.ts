import { describe, expect, it } from 'vitest';
import { InputLimits } from '../../shared/api/inputs';
import { checkFormToken, FormTokens, signFormToken } from './formToken';

const secret = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);
const T = 1_780_000_000_000;

describe('form tokens', () => {
  it('accepts a form sent between the minimum fill time and the maximum age', () => {
    const token = signFormToken(secret, T);
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(checkFormToken(secret, token, T + InputLimits.minFillMs)).toBe('ok');
    expect(checkFormToken(secret, token, T + InputLimits.formTokenMaxAgeMs)).toBe('ok');
  });

  it('refuses a form sent too soon, including a token from the future', () => {
    const token = signFormToken(secret, T);
    expect(checkFormToken(secret, token, T)).toBe('too-soon');
    expect(checkFormToken(secret, token, T + InputLimits.minFillMs - 1)).toBe('too-soon');
    expect(checkFormToken(secret, token, T - 60_000)).toBe('too-soon');
  });

  it('refuses an old token', () => {
    expect(checkFormToken(secret, signFormToken(secret, T), T + InputLimits.formTokenMaxAgeMs + 1)).toBe('expired');
  });

  it('refuses forged, altered and malformed tokens', () => {
    const token = signFormToken(secret, T);
    const later = T + 10_000;
    expect(checkFormToken(other, token, later)).toBe('invalid');
    // The time changed to look older (to pass the fill time) without the secret.
    const [, mac] = token.split('.');
    expect(checkFormToken(secret, `${T - 60_000}.${mac}`, later)).toBe('invalid');
    const flipped = `${mac!.slice(0, -1)}${mac!.endsWith('A') ? 'B' : 'A'}`;
    expect(checkFormToken(secret, `${T}.${flipped}`, later)).toBe('invalid');
    for (const bad of ['', 'abc', `${T}.`, `.${mac}`, `${T}.${mac}x`, `-1.${mac}`, `${T}.${mac}.${mac}`]) {
      expect(checkFormToken(secret, bad, later)).toBe('invalid');
    }
  });

  it('issues and checks with the storage secret and an injected clock, reading the secret once', async () => {
    let now = T;
    let reads = 0;
    const tokens = new FormTokens(() => {
      reads += 1;
      return Promise.resolve(secret);
    }, () => now);
    const token = await tokens.issue();
    expect(await tokens.check(token)).toBe('too-soon');
    now += InputLimits.minFillMs;
    expect(await tokens.check(token)).toBe('ok');
    expect(checkFormToken(secret, token, now)).toBe('ok');
    expect(reads).toBe(1);
  });

  it('reads the secret again after a failed read', async () => {
    let fail = true;
    const tokens = new FormTokens(() => (fail ? Promise.reject(new Error('storage down')) : Promise.resolve(secret)), () => T);
    await expect(tokens.issue()).rejects.toThrow('storage down');
    fail = false;
    expect(await tokens.issue()).toBe(signFormToken(secret, T));
  });
});
