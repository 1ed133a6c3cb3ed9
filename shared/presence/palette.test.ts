import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import {
  PRESENCE_COLORS,
  derivedPresenceColor,
  effectivePresenceColor,
  isPresenceColor,
  presenceColorName,
} from './palette';

describe('presence palette', () => {
  it('keeps white caret label text readable on every colour (AA, 4.5:1)', () => {
    for (const color of PRESENCE_COLORS) {
      expect(contrastRatio('#ffffff', color), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('holds distinct colours', () => {
    expect(new Set(PRESENCE_COLORS).size).toBe(PRESENCE_COLORS.length);
  });

  it('accepts only palette colours', () => {
    expect(isPresenceColor('#0b5cad')).toBe(true);
    expect(isPresenceColor('#0B5CAD')).toBe(false);
    expect(isPresenceColor('#ffffff')).toBe(false);
    expect(isPresenceColor('red')).toBe(false);
    expect(isPresenceColor(null)).toBe(false);
    expect(presenceColorName('#0B5CAD')).toBe('blue');
    expect(presenceColorName('#123456')).toBeNull();
  });

  it('derives the same palette colour for the same id, and spreads ids over the palette', () => {
    expect(derivedPresenceColor('user:abc')).toBe(derivedPresenceColor('user:abc'));
    const used = new Set(Array.from({ length: 200 }, (_, i) => derivedPresenceColor(`guest:${i}`)));
    for (const color of used) expect(isPresenceColor(color)).toBe(true);
    expect(used.size).toBe(PRESENCE_COLORS.length);
  });

  it('uses a chosen colour while it is in the palette, else the derived one', () => {
    expect(effectivePresenceColor('#1e6b34', 'user:x')).toBe('#1e6b34');
    expect(effectivePresenceColor('#ffffff', 'user:x')).toBe(derivedPresenceColor('user:x'));
    expect(effectivePresenceColor(null, 'user:x')).toBe(derivedPresenceColor('user:x'));
  });
});
