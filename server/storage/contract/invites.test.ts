import { describe, it, expect } from 'vitest';
import { describeEachEngine } from './engines';
import type { GuestRecord, InviteRecord, Storage } from '../Storage';

function invite(id: string, overrides: Partial<InviteRecord> = {}): InviteRecord {
  return {
    id,
    planId: 'p',
    tokenHash: `hash-${id}`,
    role: 'participant',
    label: `Link ${id}`,
    createdBy: null,
    createdAt: 1_000,
    expiresAt: null,
    maxUses: null,
    uses: 0,
    revokedAt: null,
    ...overrides,
  };
}

function guest(id: string, overrides: Partial<GuestRecord> = {}): GuestRecord {
  return {
    id,
    planId: 'p',
    inviteId: 'i',
    displayName: `Guest ${id}`,
    association: null,
    role: 'participant',
    createdAt: 2_000,
    presenceColor: null,
    deviceHash: null,
    ...overrides,
  };
}

async function createPlan(storage: Storage, id: string): Promise<void> {
  await storage.plans.createPlan({ id, title: id, municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
}

describeEachEngine('invites', (open) => {

  async function setup(...planIds: string[]): Promise<Storage> {
    const storage = await open();
    for (const id of planIds.length ? planIds : ['p']) await createPlan(storage, id);
    return storage;
  }

  describe('invites', () => {
    it('creates an invite and gets it by id and by token hash, with every field', async () => {
      const { invites, accounts } = await setup();
      await accounts.createUser({ id: 'u', email: 'u@k.no', name: 'U', passwordHash: null, isAdmin: false, createdAt: 1 });
      const full = invite('i', { role: 'editor', label: 'Rådet', createdBy: 'u', expiresAt: 9_000, maxUses: 5 });
      await invites.createInvite(full);
      expect(await invites.getInvite('i')).toEqual(full);
      expect(await invites.getInviteByTokenHash('hash-i')).toEqual(full);
      expect(await invites.getInvite('missing')).toBeNull();
      expect(await invites.getInviteByTokenHash('missing')).toBeNull();
    });

    it('starts every invite at zero uses, whatever the record says', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { uses: 7, revokedAt: 5 }));
      expect(await invites.getInvite('i')).toMatchObject({ uses: 0, revokedAt: null });
    });

    it('refuses a token hash used by another invite, and an invite for an unknown plan', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('a', { tokenHash: 'same' }));
      await expect(invites.createInvite(invite('b', { tokenHash: 'same' }))).rejects.toThrow(/unique/i);
      await expect(invites.createInvite(invite('c', { planId: 'no-such-plan' }))).rejects.toThrow(/foreign key/i);
    });

    it('lists a plan’s invites, newest first, and only that plan’s', async () => {
      const { invites } = await setup('p', 'q');
      await invites.createInvite(invite('old', { createdAt: 100 }));
      await invites.createInvite(invite('new', { createdAt: 300 }));
      await invites.createInvite(invite('mid', { createdAt: 200 }));
      await invites.createInvite(invite('other', { planId: 'q', createdAt: 400 }));
      expect((await invites.listInvites('p')).map((i) => i.id)).toEqual(['new', 'mid', 'old']);
      expect((await invites.listInvites('q')).map((i) => i.id)).toEqual(['other']);
      expect(await invites.listInvites('none')).toEqual([]);
    });

    it('revokes once: a second revoke keeps the first time', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i'));
      await invites.revokeInvite('i', 5_000);
      await invites.revokeInvite('i', 6_000);
      expect((await invites.getInvite('i'))?.revokedAt).toBe(5_000);
      await invites.revokeInvite('missing', 5_000);
    });
  });

  describe('redeemInvite', () => {
    it('counts the use and stores the guest', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { maxUses: 3, expiresAt: 10_000 }));
      const g = guest('g', { association: 'Naboforeningen', displayName: 'Åse' });
      expect(await invites.redeemInvite('i', g, 5_000)).toBe('ok');
      expect((await invites.getInvite('i'))?.uses).toBe(1);
      expect(await invites.getGuest('g')).toEqual(g);
    });

    it('stores the guest’s presence colour and device, and reads null for those not given', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i'));
      const full = guest('g1', { presenceColor: '#2ca02c', deviceHash: 'device-1' });
      expect(await invites.redeemInvite('i', full, 5_000)).toBe('ok');
      // A record from before presence colours and devices: the fields left out entirely.
      const bare: GuestRecord = {
        id: 'g2',
        planId: 'p',
        inviteId: 'i',
        displayName: 'Guest g2',
        association: null,
        role: 'participant',
        createdAt: 2_000,
      };
      expect(await invites.redeemInvite('i', bare, 5_000)).toBe('ok');
      expect(await invites.getGuest('g1')).toEqual(full);
      expect(await invites.getGuest('g2')).toEqual(guest('g2'));
      expect(await invites.listGuests('p')).toEqual([full, guest('g2')]);
    });

    it('is exhausted once uses reach maxUses, and stores no guest then', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { maxUses: 2 }));
      expect(await invites.redeemInvite('i', guest('g1'), 5_000)).toBe('ok');
      expect(await invites.redeemInvite('i', guest('g2'), 5_000)).toBe('ok');
      expect(await invites.redeemInvite('i', guest('g3'), 5_000)).toBe('exhausted');
      expect((await invites.getInvite('i'))?.uses).toBe(2);
      expect(await invites.getGuest('g3')).toBeNull();
    });

    it('lets only one of two simultaneous redeems take the last use', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { maxUses: 1 }));
      const outcomes = await Promise.all([
        invites.redeemInvite('i', guest('g1'), 5_000),
        invites.redeemInvite('i', guest('g2'), 5_000),
      ]);
      expect([...outcomes].sort()).toEqual(['exhausted', 'ok']);
      expect((await invites.getInvite('i'))?.uses).toBe(1);
      expect(await invites.listGuests('p')).toHaveLength(1);
    });

    it('lets only one of two connections to the same database take the last use', async () => {
      const first = await setup();
      const second = await open();
      await first.invites.createInvite(invite('i', { maxUses: 1 }));
      const outcomes = await Promise.all([
        first.invites.redeemInvite('i', guest('g1'), 5_000),
        second.invites.redeemInvite('i', guest('g2'), 5_000),
      ]);
      expect([...outcomes].sort()).toEqual(['exhausted', 'ok']);
      expect((await second.invites.getInvite('i'))?.uses).toBe(1);
      expect(await first.invites.listGuests('p')).toHaveLength(1);
    });

    it('refuses an expired invite, counting expiresAt itself as expired', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { expiresAt: 5_000 }));
      expect(await invites.redeemInvite('i', guest('g1'), 5_001)).toBe('expired');
      expect(await invites.redeemInvite('i', guest('g2'), 5_000)).toBe('expired');
      expect(await invites.redeemInvite('i', guest('g3'), 4_999)).toBe('ok');
      expect((await invites.getInvite('i'))?.uses).toBe(1);
      expect((await invites.listGuests('p')).map((g) => g.id)).toEqual(['g3']);
    });

    it('refuses a revoked invite', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i'));
      await invites.revokeInvite('i', 3_000);
      expect(await invites.redeemInvite('i', guest('g'), 5_000)).toBe('revoked');
      expect((await invites.getInvite('i'))?.uses).toBe(0);
      expect(await invites.getGuest('g')).toBeNull();
    });

    it('refuses an unknown invite', async () => {
      const { invites } = await setup();
      expect(await invites.redeemInvite('missing', guest('g', { inviteId: 'missing' }), 5_000)).toBe('unknown');
      expect(await invites.getGuest('g')).toBeNull();
    });

    it('rolls the use back when the guest cannot be stored', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { maxUses: 1 }));
      expect(await invites.redeemInvite('i', guest('g'), 5_000)).toBe('ok');
      // Same guest id again: the insert fails, so the counted use must not stick.
      await invites.createInvite(invite('j', { maxUses: 1 }));
      await expect(invites.redeemInvite('j', guest('g', { inviteId: 'j' }), 5_000)).rejects.toThrow(/unique/i);
      expect((await invites.getInvite('j'))?.uses).toBe(0);
    });
  });

  describe('useInvite', () => {
    it('counts a use without storing a guest, under the same rules', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { maxUses: 2, expiresAt: 10_000 }));
      expect(await invites.useInvite('i', 5_000)).toBe('ok');
      expect((await invites.getInvite('i'))?.uses).toBe(1);
      expect(await invites.listGuests('p')).toEqual([]);
      expect(await invites.redeemInvite('i', guest('g'), 5_000)).toBe('ok');
      expect(await invites.useInvite('i', 5_000)).toBe('exhausted');
      expect((await invites.getInvite('i'))?.uses).toBe(2);

      await invites.createInvite(invite('late', { expiresAt: 1_000 }));
      expect(await invites.useInvite('late', 1_000)).toBe('expired');
      await invites.createInvite(invite('gone'));
      await invites.revokeInvite('gone', 1);
      expect(await invites.useInvite('gone', 5_000)).toBe('revoked');
      expect(await invites.useInvite('missing', 5_000)).toBe('unknown');
    });
  });

  describe('guests', () => {
    it('lists a plan’s guests in the order they joined, and only that plan’s', async () => {
      const { invites } = await setup('p', 'q');
      await invites.createInvite(invite('i'));
      await invites.createInvite(invite('k', { planId: 'q' }));
      expect(await invites.redeemInvite('i', guest('late', { createdAt: 3_000 }), 5_000)).toBe('ok');
      expect(await invites.redeemInvite('i', guest('early', { createdAt: 1_000 }), 5_000)).toBe('ok');
      expect(await invites.redeemInvite('k', guest('elsewhere', { planId: 'q', inviteId: 'k' }), 5_000)).toBe('ok');
      expect((await invites.listGuests('p')).map((g) => g.id)).toEqual(['early', 'late']);
      expect((await invites.listGuests('q')).map((g) => g.id)).toEqual(['elsewhere']);
      expect(await invites.listGuests('none')).toEqual([]);
    });

    it('changes a guest’s role and deletes a guest', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i'));
      expect(await invites.redeemInvite('i', guest('g1'), 5_000)).toBe('ok');
      expect(await invites.redeemInvite('i', guest('g2'), 5_000)).toBe('ok');
      await invites.setGuestRole('g1', 'observer');
      expect((await invites.getGuest('g1'))?.role).toBe('observer');
      expect((await invites.getGuest('g2'))?.role).toBe('participant');
      await invites.deleteGuest('g1');
      expect(await invites.getGuest('g1')).toBeNull();
      expect((await invites.listGuests('p')).map((g) => g.id)).toEqual(['g2']);
      // Unknown guests: nothing happens.
      await invites.setGuestRole('missing', 'editor');
      await invites.deleteGuest('missing');
      expect(await invites.getGuest('missing')).toBeNull();
    });

    it('deleting a guest does not give the invite’s use back', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i', { maxUses: 1 }));
      expect(await invites.redeemInvite('i', guest('g1'), 5_000)).toBe('ok');
      await invites.deleteGuest('g1');
      expect(await invites.redeemInvite('i', guest('g2'), 5_000)).toBe('exhausted');
    });
  });

  describe('guest presence colour and device', () => {
    it('changes and clears a guest’s presence colour, touching no other guest', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i'));
      expect(await invites.redeemInvite('i', guest('g1'), 5_000)).toBe('ok');
      expect(await invites.redeemInvite('i', guest('g2', { presenceColor: '#d62728' }), 5_000)).toBe('ok');
      await invites.setGuestPresenceColor('g1', '#9467bd');
      expect((await invites.getGuest('g1'))?.presenceColor).toBe('#9467bd');
      expect((await invites.getGuest('g2'))?.presenceColor).toBe('#d62728');
      await invites.setGuestPresenceColor('g2', null);
      expect((await invites.getGuest('g2'))?.presenceColor).toBeNull();
      await invites.setGuestPresenceColor('missing', '#000000');
      expect(await invites.getGuest('missing')).toBeNull();
    });

    it('finds the newest guest who joined through this invitation from this device', async () => {
      const { invites } = await setup();
      await invites.createInvite(invite('i'));
      await invites.createInvite(invite('j'));
      expect(await invites.findGuestByDevice('i', 'device-1')).toBeNull();
      const on = (id: string, inviteId: string, deviceHash: string | null, createdAt: number) =>
        guest(id, { inviteId, deviceHash, createdAt });
      for (const g of [
        on('old', 'i', 'device-1', 1_000),
        on('newest', 'i', 'device-1', 3_000),
        on('middle', 'i', 'device-1', 2_000),
        on('other-device', 'i', 'device-2', 4_000),
        on('other-invite', 'j', 'device-1', 5_000),
        on('no-device', 'i', null, 6_000),
      ]) {
        expect(await invites.redeemInvite(g.inviteId, g, 5_000)).toBe('ok');
      }
      expect(await invites.findGuestByDevice('i', 'device-1')).toEqual(on('newest', 'i', 'device-1', 3_000));
      expect((await invites.findGuestByDevice('i', 'device-2'))?.id).toBe('other-device');
      expect((await invites.findGuestByDevice('j', 'device-1'))?.id).toBe('other-invite');
      expect(await invites.findGuestByDevice('j', 'device-2')).toBeNull();
      expect(await invites.findGuestByDevice('missing', 'device-1')).toBeNull();
      await invites.deleteGuest('newest');
      expect((await invites.findGuestByDevice('i', 'device-1'))?.id).toBe('middle');
    });
  });
});
