/**
 * Everything the server keeps, behind one interface so SQLite (embedded default) and PostgreSQL
 * (several servers) are interchangeable. Documents are a compacted snapshot plus an append-only
 * log of Yjs updates; relational records sit beside them in the same database.
 */

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
   * Replaces the snapshot and drops the log. The caller guarantees `snapshot` contains every
   * update logged for `doc` so far (DocStore serialises this behind its own appends).
   */
  compactDoc(doc: string, snapshot: Uint8Array): Promise<void>;
}

export interface PlanRecord {
  id: string;
  title: string;
  municipality: string;
  createdAt: number;
  updatedAt: number;
}

export interface PlanStorage {
  listPlans(): Promise<PlanRecord[]>;
  getPlan(id: string): Promise<PlanRecord | null>;
  /** Creates the plan row and its document's first snapshot together. */
  createPlan(plan: PlanRecord, docName: string, initialState: Uint8Array): Promise<void>;
  /** Keeps the list's title and "last changed" in step with the document. */
  touchPlan(id: string, title: string, updatedAt: number): Promise<void>;
}

export type StorageKind = 'sqlite' | 'postgres';

export interface Storage extends DocStorage, PlanStorage {
  readonly kind: StorageKind;
  close(): Promise<void>;
}
