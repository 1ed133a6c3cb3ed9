import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/auth/roles';
import type { MemberRecord, MemberStorage } from '../Storage';
import { run } from './run';
import { toNamedMember, type MemberRow } from '../rows/members';

export class SqliteMembers implements MemberStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      // On conflict only the role changes: the membership keeps the invitation it was made through.
      set: db.prepare<[string, string, string, string | null]>(
        `INSERT INTO plan_members (plan_id, user_id, role, invite_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (plan_id, user_id) DO UPDATE SET role = excluded.role`,
      ),
      get: db.prepare<[string, string], { role: Role }>('SELECT role FROM plan_members WHERE plan_id = ? AND user_id = ?'),
      list: db.prepare<[string], MemberRow>(
        `SELECT m.plan_id, m.user_id, m.role, m.invite_id, u.name, u.email FROM plan_members m
         JOIN users u ON u.id = m.user_id WHERE m.plan_id = ? ORDER BY u.name`,
      ),
      remove: db.prepare<[string, string]>('DELETE FROM plan_members WHERE plan_id = ? AND user_id = ?'),
      plansOf: db.prepare<[string], { plan_id: string }>('SELECT plan_id FROM plan_members WHERE user_id = ?'),
    };
  }

  setRole(planId: string, userId: string, role: Role, joinedThrough?: string | null): Promise<void> {
    return run(() => void this.s.set.run(planId, userId, role, joinedThrough ?? null));
  }

  getRole(planId: string, userId: string): Promise<Role | null> {
    return run(() => this.s.get.get(planId, userId)?.role ?? null);
  }

  listMembers(planId: string): Promise<(MemberRecord & { name: string; email: string })[]> {
    return run(() => this.s.list.all(planId).map(toNamedMember));
  }

  removeMember(planId: string, userId: string): Promise<void> {
    return run(() => void this.s.remove.run(planId, userId));
  }

  planIdsOf(userId: string): Promise<string[]> {
    return run(() => this.s.plansOf.all(userId).map((row) => row.plan_id));
  }
}
