import type { PasswordResetRecord, SessionRecord, UserRecord } from '../Storage';

/** A `users` row as both engines return it (the OIDC link columns are only ever matched on). */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  /** PostgreSQL has a boolean column; SQLite stores the flag as 0 or 1. */
  is_admin: boolean | number;
  created_at: number;
  presence_color: string | null;
}

export interface SessionRow {
  token_hash: string;
  user_id: string | null;
  guest_id: string | null;
  created_at: number;
  expires_at: number;
}

export function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    isAdmin: row.is_admin === true || row.is_admin === 1,
    createdAt: row.created_at,
    presenceColor: row.presence_color ?? null,
  };
}

export function toSessionRecord(row: SessionRow): SessionRecord {
  return { tokenHash: row.token_hash, userId: row.user_id, guestId: row.guest_id, createdAt: row.created_at, expiresAt: row.expires_at };
}

export interface PasswordResetRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export function toPasswordResetRecord(row: PasswordResetRow): PasswordResetRecord {
  return { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at };
}
