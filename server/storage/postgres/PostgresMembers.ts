import type pg from 'pg';
import type { Role } from '../../../shared/auth/roles';
import type { MemberRecord, MemberStorage } from '../Storage';
import { one, rows } from './db';
import { toNamedMember, type MemberRow } from '../rows/members';

export class PostgresMembers implements MemberStorage {
  constructor(private readonly pool: pg.Pool) {}

  async setRole(planId: string, userId: string, role: Role, joinedThrough?: string | null): Promise<void> {
    // On conflict only the role changes: the membership keeps the invitation it was made through.
    await this.pool.query(
      `INSERT INTO plan_members (plan_id, user_id, role, invite_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (plan_id, user_id) DO UPDATE SET role = excluded.role`,
      [planId, userId, role, joinedThrough ?? null],
    );
  }

  async getRole(planId: string, userId: string): Promise<Role | null> {
    return (await one<{ role: Role }>(this.pool, 'SELECT role FROM plan_members WHERE plan_id = $1 AND user_id = $2', [planId, userId]))
      ?.role ?? null;
  }

  async listMembers(planId: string): Promise<(MemberRecord & { name: string; email: string })[]> {
    const found = await rows<MemberRow>(
      this.pool,
      `SELECT m.plan_id, m.user_id, m.role, m.invite_id, u.name, u.email FROM plan_members m
       JOIN users u ON u.id = m.user_id WHERE m.plan_id = $1 ORDER BY u.name COLLATE "C"`,
      [planId],
    );
    return found.map(toNamedMember);
  }

  async removeMember(planId: string, userId: string): Promise<void> {
    await this.pool.query('DELETE FROM plan_members WHERE plan_id = $1 AND user_id = $2', [planId, userId]);
  }

  async planIdsOf(userId: string): Promise<string[]> {
    return (await rows<{ plan_id: string }>(this.pool, 'SELECT plan_id FROM plan_members WHERE user_id = $1', [userId])).map(
      (row) => row.plan_id,
    );
  }
}
