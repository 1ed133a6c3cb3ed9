import type pg from 'pg';
import type { Role } from '../../../shared/auth/roles';
import type { GuestRecord, InviteRecord, InviteStorage, RedeemOutcome } from '../Storage';
import { inviteProblem } from '../../auth/inviteRules';
import { one, rows, transaction, type Queryable } from './db';
import { toGuestRecord, toInviteRecord, type GuestRow, type InviteRow } from '../rows/invites';

/**
 * Check and count in one transaction, the invite row locked (FOR UPDATE) until the end, so two
 * people on two servers cannot both take the last use.
 */
async function takeUse(client: Queryable, inviteId: string, now: number): Promise<RedeemOutcome> {
  const row = await one<InviteRow>(client, 'SELECT * FROM invites WHERE id = $1 FOR UPDATE', [inviteId]);
  const problem = inviteProblem(row ? toInviteRecord(row) : null, now);
  if (problem) return problem;
  await client.query('UPDATE invites SET uses = uses + 1 WHERE id = $1', [inviteId]);
  return 'ok';
}

export class PostgresInvites implements InviteStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createInvite(i: InviteRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO invites (id, plan_id, token_hash, role, label, created_by, created_at, expires_at, max_uses)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [i.id, i.planId, i.tokenHash, i.role, i.label, i.createdBy, i.createdAt, i.expiresAt, i.maxUses],
    );
  }

  async getInvite(id: string): Promise<InviteRecord | null> {
    const row = await one<InviteRow>(this.pool, 'SELECT * FROM invites WHERE id = $1', [id]);
    return row ? toInviteRecord(row) : null;
  }

  async getInviteByTokenHash(tokenHash: string): Promise<InviteRecord | null> {
    const row = await one<InviteRow>(this.pool, 'SELECT * FROM invites WHERE token_hash = $1', [tokenHash]);
    return row ? toInviteRecord(row) : null;
  }

  async listInvites(planId: string): Promise<InviteRecord[]> {
    return (await rows<InviteRow>(this.pool, 'SELECT * FROM invites WHERE plan_id = $1 ORDER BY created_at DESC', [planId])).map(
      toInviteRecord,
    );
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    await this.pool.query('UPDATE invites SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
  }

  redeemInvite(inviteId: string, g: GuestRecord, now: number): Promise<RedeemOutcome> {
    return transaction(this.pool, async (client) => {
      const outcome = await takeUse(client, inviteId, now);
      if (outcome === 'ok') {
        await client.query(
          `INSERT INTO guests (id, plan_id, invite_id, display_name, association, role, created_at, presence_color, device_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [g.id, g.planId, g.inviteId, g.displayName, g.association, g.role, g.createdAt, g.presenceColor ?? null, g.deviceHash ?? null],
        );
      }
      return outcome;
    });
  }

  useInvite(inviteId: string, now: number): Promise<RedeemOutcome> {
    return transaction(this.pool, (client) => takeUse(client, inviteId, now));
  }

  async getGuest(id: string): Promise<GuestRecord | null> {
    const row = await one<GuestRow>(this.pool, 'SELECT * FROM guests WHERE id = $1', [id]);
    return row ? toGuestRecord(row) : null;
  }

  async listGuests(planId: string): Promise<GuestRecord[]> {
    return (await rows<GuestRow>(this.pool, 'SELECT * FROM guests WHERE plan_id = $1 ORDER BY created_at', [planId])).map(toGuestRecord);
  }

  async setGuestRole(guestId: string, role: Role): Promise<void> {
    await this.pool.query('UPDATE guests SET role = $1 WHERE id = $2', [role, guestId]);
  }

  async deleteGuest(guestId: string): Promise<void> {
    await this.pool.query('DELETE FROM guests WHERE id = $1', [guestId]);
  }

  async setGuestPresenceColor(guestId: string, color: string | null): Promise<void> {
    await this.pool.query('UPDATE guests SET presence_color = $1 WHERE id = $2', [color, guestId]);
  }

  async findGuestByDevice(inviteId: string, deviceHash: string): Promise<GuestRecord | null> {
    const row = await one<GuestRow>(
      this.pool,
      'SELECT * FROM guests WHERE invite_id = $1 AND device_hash = $2 ORDER BY created_at DESC, id COLLATE "C" DESC LIMIT 1',
      [inviteId, deviceHash],
    );
    return row ? toGuestRecord(row) : null;
  }
}
