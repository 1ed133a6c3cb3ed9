/**
 * One ordered, append-only list of schema changes for every engine. A migration that has run is
 * never edited; a change is a new entry. Each engine runs the entries it has not recorded yet, each
 * in its own transaction, and records the name in its `migrations` table.
 *
 * The two dialects differ in a few places, so an entry carries the SQL for each: SQLite's BLOB,
 * INTEGER and AUTOINCREMENT are BYTEA, BIGINT (epoch milliseconds overflow INTEGER) and identity
 * columns in PostgreSQL, and flags are real booleans there. The SQLite text of 001–005 is exactly
 * what existing databases ran, so their recorded names still mean the same schema.
 */
export interface Migration {
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: '001_documents_and_plans',
    sqlite: `
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
    postgres: `
      CREATE TABLE doc_snapshots (
        doc TEXT PRIMARY KEY,
        state BYTEA NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE doc_updates (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc TEXT NOT NULL,
        data BYTEA NOT NULL
      );
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        municipality TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      );
    `,
  },
  {
    name: '002_people_roles_invites_audit',
    sqlite: `
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
    postgres: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT,
        is_admin BOOLEAN NOT NULL DEFAULT FALSE,
        oidc_issuer TEXT,
        oidc_subject TEXT,
        created_at BIGINT NOT NULL,
        UNIQUE (oidc_issuer, oidc_subject)
      );
      CREATE TABLE invites (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT,
        max_uses INTEGER,
        uses INTEGER NOT NULL DEFAULT 0,
        revoked_at BIGINT
      );
      CREATE INDEX invites_by_plan ON invites (plan_id);
      CREATE TABLE guests (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        association TEXT,
        role TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX guests_by_plan ON guests (plan_id);
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
        guest_id TEXT REFERENCES guests (id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
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
        created_at BIGINT NOT NULL,
        used_at BIGINT
      );
      CREATE TABLE audit_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at BIGINT NOT NULL,
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
    sqlite: `
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
    // PostgreSQL has no rowid: seq keeps insertion order for versions made in the same millisecond.
    postgres: `
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        step TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        created_by TEXT,
        state BYTEA NOT NULL
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
    sqlite: `
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT
      );
      CREATE INDEX workshops_by_plan ON workshops (plan_id, created_at);
    `,
    // As for versions, seq stands in for SQLite's rowid as the tie-breaker.
    postgres: `
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        created_by TEXT
      );
      CREATE INDEX workshops_by_plan ON workshops (plan_id, created_at);
    `,
  },
  {
    name: '005_edit_log',
    sqlite: `
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
    postgres: `
      CREATE TABLE edit_log (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        editor TEXT NOT NULL,
        minute BIGINT NOT NULL,
        first_at BIGINT NOT NULL,
        last_at BIGINT NOT NULL,
        PRIMARY KEY (plan_id, section, editor, minute)
      );
      CREATE INDEX edit_log_by_time ON edit_log (plan_id, last_at);
    `,
  },
  {
    // The owner's association list per plan, and short workshop join codes (each backed by an
    // ordinary participant invite; only the code's hash is stored).
    name: '006_associations_and_join_codes',
    sqlite: `
      CREATE TABLE associations (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX associations_by_plan ON associations (plan_id);
      CREATE TABLE workshop_join_codes (
        code_hash TEXT PRIMARY KEY,
        invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX workshop_join_codes_by_workshop ON workshop_join_codes (workshop_id);
    `,
    // In PostgreSQL seq stands in for SQLite's rowid, keeping the order they were added in.
    postgres: `
      CREATE TABLE associations (
        id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX associations_by_plan ON associations (plan_id);
      CREATE TABLE workshop_join_codes (
        code_hash TEXT PRIMARY KEY,
        invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX workshop_join_codes_by_workshop ON workshop_join_codes (workshop_id);
    `,
  },
  {
    // Logins between the OIDC start and callback, shared by every server (no sticky sessions).
    name: '007_oidc_pending_logins',
    sqlite: `
      CREATE TABLE oidc_pending_logins (
        key_hash TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        nonce TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        return_to TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX oidc_pending_logins_by_expiry ON oidc_pending_logins (expires_at);
    `,
    postgres: `
      CREATE TABLE oidc_pending_logins (
        key_hash TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        nonce TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        return_to TEXT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX oidc_pending_logins_by_expiry ON oidc_pending_logins (expires_at);
    `,
  },
];
