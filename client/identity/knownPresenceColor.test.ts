import { describe, expect, it } from 'vitest';
import { effectivePresenceColor, isPresenceColor } from '../../shared/presence/palette';
import { answerFor, shownPresenceColor } from './knownPresenceColor';

describe('answerFor', () => {
  it("gives the server's answer for the person it was about", () => {
    expect(answerFor({ principal: 'user:kari', color: '#1e6b34' }, 'user:kari')).toBe('#1e6b34');
  });

  it("never gives the previous person's colour to the next one in the same tab", () => {
    const known = { principal: 'user:kari', color: '#1e6b34' } as const;
    expect(answerFor(known, 'guest:per')).toBeNull();
    expect(answerFor(known, null)).toBeNull();
  });

  it('is null before the server answered', () => {
    expect(answerFor(null, 'user:kari')).toBeNull();
  });
});

describe('shownPresenceColor', () => {
  it("shows the server's answer once there is one", () => {
    expect(shownPresenceColor('#a3206a', 'user:kari')).toBe('#a3206a');
  });

  it('shows what the server shows everyone without a choice until it answered', () => {
    for (const principal of ['user:kari', 'guest:per', 'user:0f9c7c1e-5a1d-4c55-9f34-1b7a3c1d2e11']) {
      const shown = shownPresenceColor(null, principal);
      expect(isPresenceColor(shown)).toBe(true);
      expect(shown).toBe(effectivePresenceColor(null, principal));
    }
  });
});
