import type Database from 'better-sqlite3';
import type { ReaderRecord, ReaderStorage } from '../Storage';
import { mergeSeen, NEVER_VISITED, toReaderRecord, type ReaderRow } from '../rows/readers';
import { run } from './run';

export class SqliteReaders implements ReaderStorage {
  private readonly s;
  private readonly visit;
  private readonly seen;

  constructor(db: Database.Database) {
    this.s = {
      get: db.prepare<[string, string], ReaderRow>('SELECT last_visit_at, seen_threads FROM plan_readers WHERE plan_id = ? AND reader_id = ?'),
      ensure: db.prepare<[string, string, number]>(
        `INSERT INTO plan_readers (plan_id, reader_id, last_visit_at, seen_threads) VALUES (?, ?, ?, '{}')
         ON CONFLICT (plan_id, reader_id) DO NOTHING`,
      ),
      setVisit: db.prepare<[number, string, string]>('UPDATE plan_readers SET last_visit_at = ? WHERE plan_id = ? AND reader_id = ?'),
      setSeen: db.prepare<[string, string, string]>('UPDATE plan_readers SET seen_threads = ? WHERE plan_id = ? AND reader_id = ?'),
    };
    // Read and write in one transaction: one writer connection, so nothing lands in between.
    this.visit = db.transaction((planId: string, readerId: string, at: number): number | null => {
      const before = this.s.get.get(planId, readerId);
      this.s.ensure.run(planId, readerId, NEVER_VISITED);
      this.s.setVisit.run(at, planId, readerId);
      return before ? toReaderRecord(before).lastVisitAt : null;
    });
    this.seen = db.transaction((planId: string, readerId: string, entries: readonly { threadId: string; at: number }[]) => {
      this.s.ensure.run(planId, readerId, NEVER_VISITED);
      const row = this.s.get.get(planId, readerId);
      this.s.setSeen.run(mergeSeen(row?.seen_threads ?? '{}', entries), planId, readerId);
    });
  }

  getReader(planId: string, readerId: string): Promise<ReaderRecord | null> {
    return run(() => {
      const row = this.s.get.get(planId, readerId);
      return row ? toReaderRecord(row) : null;
    });
  }

  recordVisit(planId: string, readerId: string, at: number): Promise<number | null> {
    return run(() => this.visit(planId, readerId, at));
  }

  markSeen(planId: string, readerId: string, entries: readonly { threadId: string; at: number }[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return run(() => void this.seen(planId, readerId, entries));
  }
}
