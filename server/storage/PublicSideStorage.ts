import type { PublicSettings } from '../../shared/api/publicPage';
import type { InputChannel, InputStatus, SectionKey, SubmitterKind } from '../../shared/api/inputs';
import type { FileKind } from '../../shared/public/fileKinds';

/**
 * The public side's part of `Storage` (re-exported from Storage.ts): per plan its public page
 * settings, knowledge base, the master plan's goals, consultation windows, the input residents
 * and organisations send, and uploaded files (records here, bytes in a `FileStore`).
 */

export interface PublicPageRecord extends PublicSettings {
  planId: string;
  updatedAt: number;
}

export interface PublicPageStorage {
  getSettings(planId: string): Promise<PublicPageRecord | null>;
  /** Only the plan whose settings hold this slug (enabled or not); slugs are unique. */
  getBySlug(slug: string): Promise<PublicPageRecord | null>;
  /** Inserts or replaces the plan's settings; 'slug-taken' when another plan has the slug. */
  saveSettings(record: PublicPageRecord): Promise<'ok' | 'slug-taken'>;
  /** Plans that have settings (the retention sweep walks these). */
  listAll(): Promise<PublicPageRecord[]>;
  /**
   * A random secret of 32 bytes made on first use and the same for every server on this storage
   * afterwards (e.g. for signing form tokens); two servers asking at once get the same one.
   */
  secret(name: string): Promise<Uint8Array>;
}

export interface KnowledgeRecord {
  id: string;
  planId: string;
  title: string;
  description: string;
  /** A link's address, or null for a document. */
  url: string | null;
  /** A document's file (`FileStorage`), or null for a link. */
  fileId: string | null;
  /** Fractional index (fractional-indexing): the list is ordered by it. */
  position: string;
  createdAt: number;
}

export interface KnowledgeStorage {
  /** By position. */
  list(planId: string): Promise<KnowledgeRecord[]>;
  get(id: string): Promise<KnowledgeRecord | null>;
  add(item: KnowledgeRecord): Promise<void>;
  update(id: string, fields: { title?: string; description?: string; url?: string }): Promise<void>;
  setPositions(entries: readonly { id: string; position: string }[]): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface GoalRecord {
  id: string;
  planId: string;
  number: string;
  title: string;
  sdg: number | null;
  position: string;
  createdAt: number;
}

export interface GoalStorage {
  /** By position. */
  listGoals(planId: string): Promise<GoalRecord[]>;
  getGoal(id: string): Promise<GoalRecord | null>;
  addGoal(goal: GoalRecord): Promise<void>;
  updateGoal(id: string, fields: { number: string; title: string; sdg: number | null }): Promise<void>;
  setGoalPositions(entries: readonly { id: string; position: string }[]): Promise<void>;
  /** Removes the goal and its links to focus areas. */
  removeGoal(id: string): Promise<void>;
  /** Every (goal, focus area) link of the plan. */
  listLinks(planId: string): Promise<{ goalId: string; focusAreaId: string }[]>;
  /** Replaces the goals one focus area serves, in one transaction. */
  setFocusAreaGoals(planId: string, focusAreaId: string, goalIds: readonly string[]): Promise<void>;
}

export interface ConsultationRecord {
  id: string;
  planId: string;
  title: string;
  versionId: string;
  opensAt: number;
  closesAt: number;
  createdAt: number;
}

export interface ConsultationStorage {
  /** Oldest opening first. */
  list(planId: string): Promise<ConsultationRecord[]>;
  get(id: string): Promise<ConsultationRecord | null>;
  add(consultation: ConsultationRecord): Promise<void>;
  update(id: string, fields: { title: string; versionId: string; opensAt: number; closesAt: number }): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface InputRecord {
  id: string;
  planId: string;
  /** Running number within the plan, from 1 (the reference shows it). */
  number: number;
  channel: InputChannel;
  section: SectionKey;
  sectionLabel: string;
  consultationId: string | null;
  versionId: string | null;
  workshopId: string | null;
  text: string;
  submitterKind: SubmitterKind;
  organisation: string;
  name: string;
  email: string;
  namePublic: boolean;
  status: InputStatus;
  tags: string[];
  duplicateOf: string | null;
  summary: string;
  assessment: string;
  changeSection: SectionKey | null;
  receivedAt: number;
  updatedAt: number;
  /** When name and e-mail were deleted (retention or request), or null. */
  personalDataRemovedAt: number | null;
}

/** What the case officer may change on an input. */
export type InputHandling = Partial<
  Pick<InputRecord, 'status' | 'tags' | 'duplicateOf' | 'summary' | 'assessment' | 'changeSection' | 'section' | 'sectionLabel'>
>;

export interface InputStorage {
  /**
   * Stores the input and its files' records in one transaction, numbering it within its plan
   * (the highest number + 1, safe when several servers store at once); resolves to the number.
   */
  createInput(input: Omit<InputRecord, 'number'>, files: readonly FileRecord[]): Promise<number>;
  getInput(id: string): Promise<InputRecord | null>;
  /** Newest first. */
  listInputs(planId: string): Promise<InputRecord[]>;
  updateInput(id: string, changes: InputHandling, updatedAt: number): Promise<void>;
  /** Deletes the input and its files' records; resolves to the file ids (their bytes are the caller's to delete). */
  deleteInput(id: string): Promise<string[]>;
  /** Every input (all plans) given with this e-mail, compared without case. */
  findByEmail(email: string): Promise<InputRecord[]>;
  /**
   * Clears name and e-mail (sets `personalDataRemovedAt`) of the plan's inputs received before
   * `receivedBefore` that still have them; resolves to their ids.
   */
  removeExpiredPersonalData(planId: string, receivedBefore: number, at: number): Promise<string[]>;
  /** Clears name and e-mail of these inputs (a person's request). */
  removePersonalData(ids: readonly string[], at: number): Promise<void>;
}

export interface FileRecord {
  id: string;
  planId: string;
  /** The knowledge item or input the file belongs to. */
  ownerId: string;
  /** Safe to show (`safeFileName`). */
  name: string;
  kind: FileKind;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  createdAt: number;
}

export interface FileStorage {
  addFile(file: FileRecord): Promise<void>;
  getFile(id: string): Promise<FileRecord | null>;
  /** The files of these owners, oldest first. */
  listFilesOf(ownerIds: readonly string[]): Promise<FileRecord[]>;
  /** Deletes the records of one owner's files; resolves to their ids. */
  deleteFilesOf(ownerId: string): Promise<string[]>;
}

/** Bytes of uploaded files by id. `put` resolves only once the bytes are durable. */
export interface FileStore {
  put(id: string, bytes: Uint8Array): Promise<void>;
  /** Null when there is no such file. */
  get(id: string): Promise<Uint8Array | null>;
  /** Deleting a missing file is not an error. */
  delete(id: string): Promise<void>;
}
