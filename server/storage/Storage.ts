import type { DiscussionSettings } from '../../shared/discussion/types';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';
import type { AuditAction } from '../../shared/api/audit';
import type { ProcessStep } from '../../shared/api/versions';
import type {
  ConsultationStorage,
  FileStorage,
  FileStore,
  GoalStorage,
  InputStorage,
  KnowledgeStorage,
  PublicPageStorage,
} from './PublicSideStorage';

import type { AccountStorage, InviteStorage, MemberStorage } from './PeopleStorage';

export type * from './PublicSideStorage';
// Accounts, sessions, invitations, guests and members live in PeopleStorage.ts.
export * from './PeopleStorage';

/**
 * Everything the server keeps, as small repositories behind one `Storage`, so SQLite (embedded
 * default) and PostgreSQL (several servers) are interchangeable.
 */
export interface Storage {
  readonly kind: StorageKind;
  readonly docs: DocStorage;
  readonly plans: PlanStorage;
  readonly accounts: AccountStorage;
  readonly invites: InviteStorage;
  readonly members: MemberStorage;
  readonly audit: AuditStorage;
  readonly versions: VersionStorage;
  readonly workshops: WorkshopStorage;
  readonly associations: AssociationStorage;
  readonly agendaTemplates: AgendaTemplateStorage;
  readonly joinCodes: JoinCodeStorage;
  readonly editLog: EditLogStorage;
  readonly readers: ReaderStorage;
  readonly pendingLogins: PendingLoginStorage;
  readonly locks: LockStorage;
  readonly publicPages: PublicPageStorage;
  readonly knowledge: KnowledgeStorage;
  readonly goals: GoalStorage;
  readonly consultations: ConsultationStorage;
  readonly inputs: InputStorage;
  /** What is known about uploaded files (their bytes are in `blobs`). */
  readonly files: FileStorage;
  /** The bytes of uploaded files: beside the SQLite file, or in PostgreSQL (every server sees them). */
  readonly blobs: FileStore;
  close(): Promise<void>;
}

/**
 * Named exclusive locks shared by every server on the same storage: in-process for SQLite (one
 * server per file), advisory locks for PostgreSQL (several servers).
 */
export interface LockStorage {
  /** Runs `fn` while holding the lock `key`, waiting for it if another holder has it. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` under the lock `key`, or resolves to null at once when someone else holds it. */
  tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<T | null>;
}

export type StorageKind = 'sqlite' | 'postgres';

// Documents: a compacted snapshot plus an append-only log of Yjs updates.

export interface StoredDoc {
  /** Full state (`Y.encodeStateAsUpdate`) as of the last compaction, or null for a new doc. */
  snapshot: Uint8Array | null;
  /** Updates appended since that snapshot, oldest first. */
  updates: Uint8Array[];
  /** Total bytes of `updates`, so the caller can decide when to compact. */
  updateBytes: number;
}

export interface LoggedUpdate {
  doc: string;
  update: Uint8Array;
}

export interface DocStorage {
  loadDoc(doc: string): Promise<StoredDoc>;
  /** Appends all updates in one transaction; resolves only once they are committed. */
  appendUpdates(updates: readonly LoggedUpdate[]): Promise<void>;
  /**
   * Folds the log into the snapshot. In one transaction it merges `snapshot` (a replica's state,
   * which may lag behind other servers' appends) with the stored snapshot and every logged update
   * it reads, writes the result and deletes only the updates it read. So it is safe whatever the
   * caller has seen: nothing appended by anyone is lost. When another server is compacting the
   * same document it resolves without doing anything.
   */
  compactDoc(doc: string, snapshot: Uint8Array): Promise<void>;
}

// Plans.

export interface PlanRecord {
  id: string;
  title: string;
  municipality: string;
  createdAt: number;
  updatedAt: number;
  /** The language the plan is written in (issue #15). */
  contentLanguage: PlanLanguage;
}

/** A plan row to create: without a language it is bokmål, as plans were before they had one. */
export type NewPlanRecord = Omit<PlanRecord, 'contentLanguage'> & { contentLanguage?: PlanLanguage };

export interface PlanStorage {
  listPlans(): Promise<PlanRecord[]>;
  getPlan(id: string): Promise<PlanRecord | null>;
  /** Creates the plan row and its document's first snapshot together. */
  createPlan(plan: NewPlanRecord, docName: string, initialState: Uint8Array): Promise<void>;
  /** Keeps the list's title and "last changed" in step with the document. */
  touchPlan(id: string, title: string, updatedAt: number): Promise<void>;
  /** The owner's deliberation settings (defaults until set); read fresh for every decision. */
  getDiscussionSettings(planId: string): Promise<DiscussionSettings>;
  setDiscussionSettings(planId: string, settings: DiscussionSettings): Promise<void>;
  /** The municipality the plan is for, as its owner names it (exports, public page). */
  setMunicipality(planId: string, municipality: string): Promise<void>;
  /** The language the plan is written in, as its owner sets it. */
  setContentLanguage(planId: string, language: PlanLanguage): Promise<void>;
  /** The id of the uploaded file (`files`) that is the municipality's logo, or null. */
  getLogoFileId(planId: string): Promise<string | null>;
  /**
   * Makes `fileId` the logo (null: none) and resolves to the one it replaced, read and written
   * together, so of two owners replacing it at once each removes only what was really replaced.
   */
  setLogoFileId(planId: string, fileId: string | null): Promise<string | null>;
}


// The audit log: who did what, when.

export interface AuditRecord {
  id: number;
  at: number;
  planId: string | null;
  actor: string | null;
  action: AuditAction;
  detail: Record<string, unknown>;
}

export interface AuditStorage {
  append(entry: Omit<AuditRecord, 'id'>): Promise<void>;
  list(planId: string, limit: number): Promise<AuditRecord[]>;
}

// Named versions frozen for the political steps, and the dates of those steps.

export interface VersionMeta {
  id: string;
  planId: string;
  name: string;
  step: ProcessStep;
  createdAt: number;
  /** Display name of who froze it (kept as it was then), or null. */
  createdBy: string | null;
}

export interface VersionRecord extends VersionMeta {
  /** Full document state (`Y.encodeStateAsUpdate`), self-contained. */
  state: Uint8Array;
}

export interface StepDate {
  step: ProcessStep;
  /** YYYY-MM-DD. */
  date: string;
}

export interface VersionStorage {
  createVersion(version: VersionRecord): Promise<void>;
  /** Newest first, without the state: listing stays cheap however large the plan grows. */
  listVersions(planId: string): Promise<VersionMeta[]>;
  getVersion(id: string): Promise<VersionRecord | null>;
  /** The steps that have a date. */
  getProcess(planId: string): Promise<StepDate[]>;
  /** Sets a step's date; null clears it. */
  setStepDate(planId: string, step: ProcessStep, date: string | null): Promise<void>;
}

// Workshops: the record that ties a workshop's documents to its plan. What happens in the
// workshop lives in its two documents (`workshop:<id>`, `workshop-private:<id>`), not here.

export interface WorkshopRecord {
  id: string;
  planId: string;
  /** The title it was created with (the live title is in the public document). */
  title: string;
  createdAt: number;
  /** Principal (`user:<id>` or `guest:<id>`) of who created it, or null. */
  createdBy: string | null;
}

export interface WorkshopStorage {
  createWorkshop(workshop: WorkshopRecord): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  /** Newest first. */
  listWorkshops(planId: string): Promise<WorkshopRecord[]>;
  /** Keeps the listed title in step with the workshop document's (set by `configure`). */
  renameWorkshop(id: string, title: string): Promise<void>;
}

// Who changed which section of a plan, and roughly when: for "changed by" in comparisons.

export interface EditLogEntry {
  planId: string;
  /** A section key (see shared/plan/touchedSections.ts). */
  section: string;
  /** Readable name of who changed it (`actorLabel`). */
  editor: string;
  at: number;
}

export interface EditLogStorage {
  /** Keeps at most one row per plan, section, person and minute (with the first and last time). */
  record(entries: readonly EditLogEntry[]): Promise<void>;
  /** Section key → distinct editors, first to edit first, for edits after `fromTime` up to `toTime`. */
  editorsBetween(planId: string, fromTime: number, toTime: number): Promise<Map<string, string[]>>;
}

// Per person and plan: when they last visited, and how far they have read each discussion thread.

export interface ReaderRecord {
  /** When the previous visit started, or null when they have not visited yet. */
  lastVisitAt: number | null;
  /** Thread id → the thread's activity time as the person last saw it. */
  seenThreads: Record<string, number>;
}

export interface ReaderStorage {
  /** Null when the person has neither visited nor seen a thread of this plan. */
  getReader(planId: string, readerId: string): Promise<ReaderRecord | null>;
  /** Starts a visit at `at`; resolves to when the previous one started (null on the first). */
  recordVisit(planId: string, readerId: string, at: number): Promise<number | null>;
  /**
   * Notes threads as seen up to these times, keeping the later time per thread (an old tab
   * cannot make a thread unread again) and at most `MAX_SEEN_THREADS` (rows/readers.ts) threads.
   */
  markSeen(planId: string, readerId: string, entries: readonly { threadId: string; at: number }[]): Promise<void>;
}

// OpenID Connect logins between `/start` and `/callback`, in storage so the callback may reach
// another server than the start did.

export interface PendingLoginRecord {
  /** Hash of the random key kept in the browser's cookie. */
  keyHash: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
  expiresAt: number;
}

export interface PendingLoginStorage {
  add(login: PendingLoginRecord): Promise<void>;
  /** Removes and returns the login (one use only); null when unknown or expired at `now`. */
  take(keyHash: string, now: number): Promise<PendingLoginRecord | null>;
  /** Deletes logins that expired at or before `now`. */
  purgeExpired(now: number): Promise<void>;
}

// A plan's association list (the organisations the owner wants to reach through workshops).

export interface AssociationRecord {
  id: string;
  planId: string;
  name: string;
  createdAt: number;
}

export interface AssociationStorage {
  /** In the order they were added. */
  listAssociations(planId: string): Promise<AssociationRecord[]>;
  getAssociation(id: string): Promise<AssociationRecord | null>;
  addAssociation(association: AssociationRecord): Promise<void>;
  renameAssociation(id: string, name: string): Promise<void>;
  removeAssociation(id: string): Promise<void>;
}

// A plan's saved agenda templates (issue #14).

export interface AgendaTemplateRecord {
  id: string;
  planId: string;
  name: string;
  /** TemplateActivity[] as JSON text; checked against its schema where it is read. */
  activities: string;
  createdAt: number;
}

export interface AgendaTemplateStorage {
  /** In the order they were saved. */
  listAgendaTemplates(planId: string): Promise<AgendaTemplateRecord[]>;
  /** Adds it unless the plan has `max` templates already (checked in the same statement). */
  addAgendaTemplate(template: AgendaTemplateRecord, max: number): Promise<boolean>;
  /** False when the plan has no such template. */
  removeAgendaTemplate(planId: string, id: string): Promise<boolean>;
}

// Workshop join codes: a short code for one workshop, backed by a participant invite of its plan.

export interface JoinCodeRecord {
  /** `hashToken` of the canonical code (six symbols, no dash). */
  codeHash: string;
  inviteId: string;
  workshopId: string;
  createdAt: number;
  expiresAt: number;
}

/** The code a workshop shows: the newest one made with its text kept (sealed, see joinCodeSeal). */
export interface ShownJoinCode {
  code: JoinCodeRecord;
  /** The code's text sealed with a server secret; only the server can open it. */
  sealed: string;
}

export interface JoinCodeStorage {
  /**
   * False when a code with this hash exists already (the caller draws another). With `sealed`
   * the code becomes its workshop's shown code: older codes of the workshop lose their sealed
   * text (they keep working until they expire, but only their hash is left).
   */
  createJoinCode(code: JoinCodeRecord, sealed?: string): Promise<boolean>;
  getJoinCode(codeHash: string): Promise<JoinCodeRecord | null>;
  /** The workshop's newest code that still has its sealed text, expired or not; null if none. */
  shownJoinCode(workshopId: string): Promise<ShownJoinCode | null>;
}
