import type Database from 'better-sqlite3';

/**
 * Ordered, append-only schema changes. A migration that has run is never edited; a change is a
 * new entry. Each runs in its own transaction and is recorded in `migrations`.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
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
  {
    name: '002_people_roles_invites_audit',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT,
        is_admin INTEGER NOT NULL DEFAULT 0,
        oidc_issuer TEXT,
        oidc_subject TEXT,
        created_at INTEGER NOT NULL,
        UNIQUE (oidc_issuer, oidc_subject)
      );
      CREATE TABLE invites (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        max_uses INTEGER,
        uses INTEGER NOT NULL DEFAULT 0,
        revoked_at INTEGER
      );
      CREATE INDEX invites_by_plan ON invites (plan_id);
      CREATE TABLE guests (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        association TEXT,
        role TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX guests_by_plan ON guests (plan_id);
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
        guest_id TEXT REFERENCES guests (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        CHECK ((user_id IS NULL) <> (guest_id IS NULL))
      );
      CREATE INDEX sessions_by_guest ON sessions (guest_id);
      CREATE TABLE plan_members (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (plan_id, user_id)
      );
      CREATE INDEX plan_members_by_user ON plan_members (user_id);
      CREATE TABLE setup_tokens (
        token_hash TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        plan_id TEXT,
        actor TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX audit_by_plan ON audit_log (plan_id, id);
    `,
  },
  {
    name: '003_versions_and_process',
    sql: `
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        step TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT,
        state BLOB NOT NULL
      );
      CREATE INDEX plan_versions_by_plan ON plan_versions (plan_id, created_at);
      CREATE TABLE plan_process (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        date TEXT NOT NULL,
        PRIMARY KEY (plan_id, step)
      );
    `,
  },
  {
    name: '004_workshops',
    sql: `
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT
      );
      CREATE INDEX workshops_by_plan ON workshops (plan_id, created_at);
    `,
  },
  {
    name: '005_edit_log',
    sql: `
      CREATE TABLE edit_log (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        editor TEXT NOT NULL,
        minute INTEGER NOT NULL,
        first_at INTEGER NOT NULL,
        last_at INTEGER NOT NULL,
        PRIMARY KEY (plan_id, section, editor, minute)
      );
      CREATE INDEX edit_log_by_time ON edit_log (plan_id, last_at);
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
