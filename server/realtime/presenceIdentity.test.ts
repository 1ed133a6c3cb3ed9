import { describe, expect, it } from 'vitest';
import type { Identity } from '../auth/identity';
import { derivedPresenceColor } from '../../shared/presence/palette';
import { presenceIdentityOf, showsWhoIsPresent } from './presenceIdentity';

const guest = (presenceColor: string | null): Identity => ({
  kind: 'guest',
  guest: { id: 'g1', planId: 'p', inviteId: 'i', displayName: 'Gjest', association: null, role: 'editor', createdAt: 0, presenceColor },
  sessionHash: 'h',
});

describe('presenceIdentityOf', () => {
  it('shows the session name in the stored colour, or the one derived from the id', () => {
    expect(presenceIdentityOf(guest('#1e6b34'), 'write')).toEqual({ name: 'Gjest', color: '#1e6b34', viewer: false });
    expect(presenceIdentityOf(guest(null), 'read')).toEqual({ name: 'Gjest', color: derivedPresenceColor('guest:g1'), viewer: true });
    // A colour no longer in the palette falls back; a choice made since the session was read wins.
    expect(presenceIdentityOf(guest('#ffffff'), 'write').color).toBe(derivedPresenceColor('guest:g1'));
    expect(presenceIdentityOf(guest(null), 'write', '#a3206a').color).toBe('#a3206a');
  });

  it('names people only in plans (workshops may be anonymous)', () => {
    expect(showsWhoIsPresent('plan:abc')).toBe(true);
    expect(showsWhoIsPresent('workshop:abc')).toBe(false);
  });
});
