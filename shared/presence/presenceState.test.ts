import { describe, expect, it } from 'vitest';
import { renderPresenceState } from './presenceState';

const kari = { name: 'Kari', color: '#0b5cad', viewer: false };

describe('renderPresenceState', () => {
  it("replaces the sender's user with the server's identity and keeps the rest", () => {
    const sent = { user: { name: 'Ola (forged)', color: '#ffffff' }, focusAreaId: 'fa1', cursor: { anchor: 1 } };
    expect(renderPresenceState(sent, kari)).toEqual({
      user: { name: 'Kari', color: '#0b5cad' },
      focusAreaId: 'fa1',
      cursor: { anchor: 1 },
    });
  });

  it('adds a user to a state that had none', () => {
    expect(renderPresenceState({ focusAreaId: null }, kari)).toEqual({
      focusAreaId: null,
      user: { name: 'Kari', color: '#0b5cad' },
    });
  });

  it('shows a viewer watching: no caret, no selection, nothing else but the focus area', () => {
    const sent = {
      user: { name: 'x', color: '#000000' },
      focusAreaId: 'fa2',
      cursor: { anchor: 1, head: 4 },
      selection: { from: 1 },
      extra: 'x',
    };
    expect(renderPresenceState(sent, { ...kari, viewer: true })).toEqual({
      focusAreaId: 'fa2',
      user: { name: 'Kari', color: '#0b5cad', viewer: true },
    });
  });

  it('never lets a sent `viewer: false` or extra user fields through', () => {
    const sent = { user: { name: 'Kari', color: '#0b5cad', viewer: false, admin: true } };
    expect(renderPresenceState(sent, { ...kari, viewer: true }).user).toEqual({
      name: 'Kari',
      color: '#0b5cad',
      viewer: true,
    });
  });

  it('drops any user when there is nobody to show (anonymous places)', () => {
    expect(renderPresenceState({ user: { name: 'Forged', color: '#000000' }, n: 1 }, null)).toEqual({ n: 1 });
  });
});
