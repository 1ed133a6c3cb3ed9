import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/auth/roles';
import type { GuestRecord, InviteRecord, InviteStorage, RedeemOutcome } from '../Storage';
import { run } from './run';
import { inviteProblem } from '../../auth/inviteRules';
import { toGuestRecord, toInviteRecord, type GuestRow, type InviteRow } from '../rows/invites';

export class SqliteInvites implements InviteStorage {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      insert: db.prepare<[string, string, string, string, string, string | null, number, number | null, number | null]>(
        `INSERT INTO invites (id, plan_id, token_hash, role, label, created_by, created_at, expires_at, max_uses)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE id = ?'),
      byToken: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE token_hash = ?'),
      list: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE plan_id = ? ORDER BY created_at DESC'),
      revoke: db.prepare<[number, string]>('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      countUse: db.prepare<[string]>('UPDATE invites SET uses = uses + 1 WHERE id = ?'),
      insertGuest: db.prepare<[string, string, string, string, string | null, string, number, string | null, string | null]>(
        `INSERT INTO guests (id, plan_id, invite_id, display_name, association, role, created_at, presence_color, device_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      guest: db.prepare<[string], GuestRow>('SELECT * FROM guests WHERE id = ?'),
      guests: db.prepare<[string], GuestRow>('SELECT * FROM guests WHERE plan_id = ? ORDER BY created_at'),
      setGuestRole: db.prepare<[string, string]>('UPDATE guests SET role = ? WHERE id = ?'),
      deleteGuest: db.prepare<[string]>('DELETE FROM guests WHERE id = ?'),
      setGuestPresenceColor: db.prepare<[string | null, string]>('UPDATE guests SET presence_color = ? WHERE id = ?'),
      // The id breaks ties within a millisecond the same way on both engines.
      guestByDevice: db.prepare<[string, string], GuestRow>(
        'SELECT * FROM guests WHERE invite_id = ? AND device_hash = ? ORDER BY created_at DESC, id DESC LIMIT 1',
      ),
    };
  }

  createInvite(i: InviteRecord): Promise<void> {
    return run(
      () => void this.s.insert.run(i.id, i.planId, i.tokenHash, i.role, i.label, i.createdBy, i.createdAt, i.expiresAt, i.maxUses),
    );
  }

  getInvite(id: string): Promise<InviteRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toInviteRecord(row) : null;
    });
  }

  getInviteByTokenHash(tokenHash: string): Promise<InviteRecord | null> {
    return run(() => {
      const row = this.s.byToken.get(tokenHash);
      return row ? toInviteRecord(row) : null;
    });
  }

  listInvites(planId: string): Promise<InviteRecord[]> {
    return run(() => this.s.list.all(planId).map(toInviteRecord));
  }

  revokeInvite(id: string, at: number): Promise<void> {
    return run(() => void this.s.revoke.run(at, id));
  }

  /** Check and count in one transaction, so two people cannot both take the last use. */
  private readonly takeUse = (inviteId: string, now: number): RedeemOutcome => {
    const row = this.s.get.get(inviteId);
    const problem = inviteProblem(row ? toInviteRecord(row) : null, now);
    if (problem) return problem;
    this.s.countUse.run(inviteId);
    return 'ok';
  };

  redeemInvite(inviteId: string, g: GuestRecord, now: number): Promise<RedeemOutcome> {
    return run(() =>
      this.db.transaction(() => {
        const outcome = this.takeUse(inviteId, now);
        if (outcome === 'ok') {
          this.s.insertGuest.run(
            g.id,
            g.planId,
            g.inviteId,
            g.displayName,
            g.association,
            g.role,
            g.createdAt,
            g.presenceColor ?? null,
            g.deviceHash ?? null,
          );
        }
        return outcome;
      }).immediate(),
    );
  }

  useInvite(inviteId: string, now: number): Promise<RedeemOutcome> {
    return run(() => this.db.transaction(() => this.takeUse(inviteId, now)).immediate());
  }

  getGuest(id: string): Promise<GuestRecord | null> {
    return run(() => {
      const row = this.s.guest.get(id);
      return row ? toGuestRecord(row) : null;
    });
  }

  listGuests(planId: string): Promise<GuestRecord[]> {
    return run(() => this.s.guests.all(planId).map(toGuestRecord));
  }

  setGuestRole(guestId: string, role: Role): Promise<void> {
    return run(() => void this.s.setGuestRole.run(role, guestId));
  }

  deleteGuest(guestId: string): Promise<void> {
    return run(() => void this.s.deleteGuest.run(guestId));
  }

  setGuestPresenceColor(guestId: string, color: string | null): Promise<void> {
    return run(() => void this.s.setGuestPresenceColor.run(color, guestId));
  }

  findGuestByDevice(inviteId: string, deviceHash: string): Promise<GuestRecord | null> {
    return run(() => {
      const row = this.s.guestByDevice.get(inviteId, deviceHash);
      return row ? toGuestRecord(row) : null;
    });
  }
}
