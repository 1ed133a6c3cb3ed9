import type { Role } from '../../shared/auth/roles';

/*
 * People in storage: accounts and their sessions, invitations and the guests who came in through
 * them, and staff members' roles in plans. Re-exported by `Storage.ts`, where `Storage` gathers
 * every part.
 */

// Accounts and sessions. Secrets (passwords, session and setup tokens) are stored only hashed.

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  isAdmin: boolean;
  createdAt: number;
  /** The colour others see this person's presence in (`#rrggbb`), chosen by them; null: derived. */
  presenceColor?: string | null;
}

/** A password reset link, stored only hashed; it works once, until `expiresAt`. */
export interface PasswordResetRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** How using a reset link went; on success, the sessions it ended (their token hashes). */
export type PasswordResetResult = { userId: string; endedSessions: string[] } | 'invalid' | 'expired';

export interface SessionRecord {
  tokenHash: string;
  userId: string | null;
  guestId: string | null;
  createdAt: number;
  expiresAt: number;
}

/** A setup link works this long after it was issued (and only until another one is issued). */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** How creating the first administrator went: `exists` when there is an account already. */
export type FirstAdminResult = 'ok' | 'invalid' | 'expired' | 'exists';

export interface AccountStorage {
  countUsers(): Promise<number>;
  listUsers(): Promise<UserRecord[]>;
  createUser(user: UserRecord): Promise<void>;
  getUser(id: string): Promise<UserRecord | null>;
  getUserByEmail(email: string): Promise<UserRecord | null>;
  getUserByOidc(issuer: string, subject: string): Promise<UserRecord | null>;
  linkOidc(userId: string, issuer: string, subject: string): Promise<void>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes the sessions of these guests; returns the token hashes removed. */
  deleteGuestSessions(guestIds: readonly string[]): Promise<string[]>;
  /** Stores a setup token, replacing every earlier one: one valid setup link at a time. */
  createSetupToken(tokenHash: string, createdAt: number): Promise<void>;
  /**
   * One atomic step (also across servers on one database): while there are no accounts at all,
   * uses the current setup token (unused, issued less than SETUP_TOKEN_TTL_MS before `now`) and
   * creates `user`. Anything else changes nothing.
   */
  createFirstAdmin(tokenHash: string, user: UserRecord, now: number): Promise<FirstAdminResult>;
  setPresenceColor(userId: string, color: string | null): Promise<void>;
  /** Stores a reset link for its user, replacing the user's earlier unused ones. */
  createPasswordReset(reset: Omit<PasswordResetRecord, 'usedAt'>): Promise<void>;
  getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | null>;
  /**
   * One transaction: uses the link (unused and `now < expiresAt`), sets the new password hash and
   * deletes every session of the user. Anything else changes nothing.
   */
  resetPassword(tokenHash: string, passwordHash: string, now: number): Promise<PasswordResetResult>;
}

// Invitations and the guests who joined through them.

export interface InviteRecord {
  id: string;
  planId: string;
  tokenHash: string;
  role: Role;
  label: string;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  revokedAt: number | null;
}

export interface GuestRecord {
  id: string;
  planId: string;
  inviteId: string;
  displayName: string;
  association: string | null;
  role: Role;
  createdAt: number;
  /** The colour others see this guest's presence in (`#rrggbb`), chosen by them; null: derived. */
  presenceColor?: string | null;
  /** Hash of the device cookie the guest joined with: one device, one guest per invitation. */
  deviceHash?: string | null;
}

export type RedeemOutcome = 'ok' | 'expired' | 'revoked' | 'exhausted' | 'unknown';

export interface InviteStorage {
  createInvite(invite: InviteRecord): Promise<void>;
  getInvite(id: string): Promise<InviteRecord | null>;
  getInviteByTokenHash(tokenHash: string): Promise<InviteRecord | null>;
  listInvites(planId: string): Promise<InviteRecord[]>;
  revokeInvite(id: string, at: number): Promise<void>;
  /** Checks the invite and counts the use in one transaction, then stores the guest. */
  redeemInvite(inviteId: string, guest: GuestRecord, now: number): Promise<RedeemOutcome>;
  /** Counts a use by a signed-in person (who joins as a member, not a guest). */
  useInvite(inviteId: string, now: number): Promise<RedeemOutcome>;
  getGuest(id: string): Promise<GuestRecord | null>;
  listGuests(planId: string): Promise<GuestRecord[]>;
  setGuestRole(guestId: string, role: Role): Promise<void>;
  deleteGuest(guestId: string): Promise<void>;
  setGuestPresenceColor(guestId: string, color: string | null): Promise<void>;
  /** The guest who joined through this invitation from this device, if any. */
  findGuestByDevice(inviteId: string, deviceHash: string): Promise<GuestRecord | null>;
}

// Staff members' roles in plans.

export interface MemberRecord {
  planId: string;
  userId: string;
  role: Role;
  /** The invitation the member joined the plan through; null when added by name (or unknown). */
  joinedThrough?: string | null;
}

export interface MemberStorage {
  /**
   * Gives the role. `joinedThrough` records the invitation on a new membership; an existing
   * membership keeps the invitation it was made through.
   */
  setRole(planId: string, userId: string, role: Role, joinedThrough?: string | null): Promise<void>;
  getRole(planId: string, userId: string): Promise<Role | null>;
  listMembers(planId: string): Promise<(MemberRecord & { name: string; email: string })[]>;
  removeMember(planId: string, userId: string): Promise<void>;
  /** Plans this user has a role in. */
  planIdsOf(userId: string): Promise<string[]>;
}
