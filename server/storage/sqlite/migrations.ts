import type Database from 'better-sqlite3';

/**
 * Ordered, append-only schema changes. A migration that has run is never edited; a change is a
 * new entry. Each runs in its own transaction and is recorded in `migrations`.
 */
const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: '001_documents_and_plans',
    sql: `
      CREATE TABLE doc_snapshots (
        doc TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        municipality TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `,
  },
];

export function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(
    db.prepare<[], { name: string }>('SELECT name FROM migrations').all().map((row) => row.name),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.name)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(
        migration.name,
        Date.now(),
      );
    })();
  }
}
