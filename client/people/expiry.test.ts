import { describe, expect, it } from 'vitest';
import { EXPIRY_HOURS, parseMaxUses } from './expiry';

describe('invite limits', () => {
  it('turns the lifetime choices into hours', () => {
    expect(EXPIRY_HOURS['1d']).toBe(24);
    expect(EXPIRY_HOURS['30d']).toBe(720);
    expect(EXPIRY_HOURS.never).toBeNull();
  });

  it('reads the number of uses: empty is unlimited, otherwise 1 to 10 000', () => {
    expect(parseMaxUses('')).toEqual({ ok: true, value: null });
    expect(parseMaxUses(' 25 ')).toEqual({ ok: true, value: 25 });
    for (const bad of ['0', '-1', '2.5', 'ti', '10001'])
      expect(parseMaxUses(bad)).toEqual({ ok: false });
  });
});
