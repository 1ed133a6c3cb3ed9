import { POSTGRES, SQLITE, type SqlDialect } from './sqlDialects';

/**
 * One ordered, append-only list of schema changes for every engine. A migration that has run is
 * never edited; a change is a new entry. Each engine runs the entries it has not recorded yet, each
 * in its own transaction, and records the name in its `migrations` table.
 *
 * An entry is written once, with the few words the dialects spell differently taken from
 * `SqlDialect`, and carries the resulting text for each engine. migrations.test.ts pins the text of
 * every entry that has shipped, so an edit to one fails there rather than in a deployed database.
 */
export interface Migration {
  name: string;
  sqlite: string;
  postgres: string;
}

function migration(name: string, sql: (t: SqlDialect) => string): Migration {
  return { name, sqlite: withoutBlankLines(sql(SQLITE)), postgres: withoutBlankLines(sql(POSTGRES)) };
}

/** A dialect word that is empty (SQLite's insertion order) leaves no line behind. */
function withoutBlankLines(sql: string): string {
  return sql.replace(/\n[ \t]*(?=\n)/g, '');
}

export const MIGRATIONS: readonly Migration[] = [
  migration(
    '001_documents_and_plans',
    (t) => `
      CREATE TABLE doc_snapshots (
        doc TEXT PRIMARY KEY,
        state ${t.bytes} NOT NULL,
        updated_at ${t.int64} NOT NULL
      );
      CREATE TABLE doc_updates (
        seq ${t.autoId},
        doc TEXT NOT NULL,
        data ${t.bytes} NOT NULL
      );
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        municipality TEXT NOT NULL,
        created_at ${t.int64} NOT NULL,
        updated_at ${t.int64} NOT NULL
      );
    `,
  ),
  migration(
    '002_people_roles_invites_audit',
    (t) => `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT,
        is_admin ${t.boolean} NOT NULL DEFAULT ${t.false},
        oidc_issuer TEXT,
        oidc_subject TEXT,
        created_at ${t.int64} NOT NULL,
        UNIQUE (oidc_issuer, oidc_subject)
      );
      CREATE TABLE invites (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
        created_at ${t.int64} NOT NULL,
        expires_at ${t.int64},
        max_uses INTEGER,
        uses INTEGER NOT NULL DEFAULT 0,
        revoked_at ${t.int64}
      );
      CREATE INDEX invites_by_plan ON invites (plan_id);
      CREATE TABLE guests (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        association TEXT,
        role TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX guests_by_plan ON guests (plan_id);
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
        guest_id TEXT REFERENCES guests (id) ON DELETE CASCADE,
        created_at ${t.int64} NOT NULL,
        expires_at ${t.int64} NOT NULL,
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
        created_at ${t.int64} NOT NULL,
        used_at ${t.int64}
      );
      CREATE TABLE audit_log (
        id ${t.autoId},
        at ${t.int64} NOT NULL,
        plan_id TEXT,
        actor TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX audit_by_plan ON audit_log (plan_id, id);
    `,
  ),
  migration(
    '003_versions_and_process',
    (t) => `
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        step TEXT NOT NULL,
        created_at ${t.int64} NOT NULL,
        created_by TEXT,
        state ${t.bytes} NOT NULL
      );
      CREATE INDEX plan_versions_by_plan ON plan_versions (plan_id, created_at);
      CREATE TABLE plan_process (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        date TEXT NOT NULL,
        PRIMARY KEY (plan_id, step)
      );
    `,
  ),
  migration(
    '004_workshops',
    (t) => `
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        created_at ${t.int64} NOT NULL,
        created_by TEXT
      );
      CREATE INDEX workshops_by_plan ON workshops (plan_id, created_at);
    `,
  ),
  migration(
    '005_edit_log',
    (t) => `
      CREATE TABLE edit_log (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        editor TEXT NOT NULL,
        minute ${t.int64} NOT NULL,
        first_at ${t.int64} NOT NULL,
        last_at ${t.int64} NOT NULL,
        PRIMARY KEY (plan_id, section, editor, minute)
      );
      CREATE INDEX edit_log_by_time ON edit_log (plan_id, last_at);
    `,
  ),
  // The owner's association list per plan, and short workshop join codes (each backed by an
  // ordinary participant invite; only the code's hash is stored).
  migration(
    '006_associations_and_join_codes',
    (t) => `
      CREATE TABLE associations (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX associations_by_plan ON associations (plan_id);
      CREATE TABLE workshop_join_codes (
        code_hash TEXT PRIMARY KEY,
        invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        created_at ${t.int64} NOT NULL,
        expires_at ${t.int64} NOT NULL
      );
      CREATE INDEX workshop_join_codes_by_workshop ON workshop_join_codes (workshop_id);
    `,
  ),
  // Logins between the OIDC start and callback, shared by every server (no sticky sessions).
  migration(
    '007_oidc_pending_logins',
    (t) => `
      CREATE TABLE oidc_pending_logins (
        key_hash TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        nonce TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        return_to TEXT NOT NULL,
        expires_at ${t.int64} NOT NULL
      );
      CREATE INDEX oidc_pending_logins_by_expiry ON oidc_pending_logins (expires_at);
    `,
  ),
  // Deliberation: the owner's settings per plan (JSON, defaults while null) and, per person and
  // plan, when they last opened it and which threads they have seen (for "new since you looked").
  migration(
    '008_discussion',
    (t) => `
      ALTER TABLE plans ADD COLUMN discussion_settings TEXT;
      CREATE TABLE plan_readers (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        reader_id TEXT NOT NULL,
        last_visit_at ${t.int64} NOT NULL,
        seen_threads TEXT NOT NULL,
        PRIMARY KEY (plan_id, reader_id)
      );
    `,
  ),
  // The public side (issue #12): public page settings, knowledge base, the master plan's goals
  // and their focus areas, consultation windows, input and its files. File bytes live in the
  // FileStore: beside the SQLite file, or in file_blobs on PostgreSQL. Lists kept by a fractional
  // `position` (or by time) break ties by insertion order (rowid; seq on PostgreSQL); input is
  // found by e-mail through lower(email).
  migration(
    '009_public_side',
    (t) => `
      CREATE TABLE public_pages (
        plan_id TEXT PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
        slug TEXT NOT NULL UNIQUE,
        settings TEXT NOT NULL,
        updated_at ${t.int64} NOT NULL
      );
      CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        secret ${t.bytes} NOT NULL
      );
      CREATE TABLE files (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        owner_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        size ${t.int64} NOT NULL,
        sha256 TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX files_by_owner ON files (owner_id, created_at);
      CREATE TABLE file_blobs (
        id TEXT PRIMARY KEY,
        data ${t.bytes} NOT NULL
      );
      CREATE TABLE knowledge_items (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        url TEXT,
        file_id TEXT,
        position TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX knowledge_items_by_plan ON knowledge_items (plan_id, position);
      CREATE TABLE plan_goals (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        title TEXT NOT NULL,
        sdg INTEGER,
        position TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX plan_goals_by_plan ON plan_goals (plan_id, position);
      CREATE TABLE focus_area_goals (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        focus_area_id TEXT NOT NULL,
        goal_id TEXT NOT NULL REFERENCES plan_goals (id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, focus_area_id, goal_id)
      );
      CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        version_id TEXT NOT NULL,
        opens_at ${t.int64} NOT NULL,
        closes_at ${t.int64} NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX consultations_by_plan ON consultations (plan_id, opens_at);
      CREATE TABLE input_counters (
        plan_id TEXT PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
        last_number INTEGER NOT NULL
      );
      CREATE TABLE inputs (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        channel TEXT NOT NULL,
        section TEXT NOT NULL,
        section_label TEXT NOT NULL,
        consultation_id TEXT,
        version_id TEXT,
        workshop_id TEXT,
        text TEXT NOT NULL,
        submitter_kind TEXT NOT NULL,
        organisation TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        name_public ${t.boolean} NOT NULL,
        status TEXT NOT NULL,
        tags TEXT NOT NULL,
        duplicate_of TEXT,
        summary TEXT NOT NULL,
        assessment TEXT NOT NULL,
        change_section TEXT,
        received_at ${t.int64} NOT NULL,
        updated_at ${t.int64} NOT NULL,
        personal_data_removed_at ${t.int64},
        UNIQUE (plan_id, number)
      );
      CREATE INDEX inputs_by_plan ON inputs (plan_id, received_at);
      CREATE INDEX inputs_by_email ON inputs (lower(email));
    `,
  ),
  // Issue #13: the colour a person shows with in others' presence (chosen by them), the device a
  // workshop participant joined from (a hash of a long-lived device cookie: one device, one
  // participant per join link), the invitation a staff member joined a plan through (so revoking
  // it can say who came in by it), and password reset links (stored hashed, used once).
  migration(
    '010_identity_and_links',
    (t) => `
      ALTER TABLE users ADD COLUMN presence_color TEXT;
      ALTER TABLE guests ADD COLUMN presence_color TEXT;
      ALTER TABLE guests ADD COLUMN device_hash TEXT;
      CREATE INDEX guests_by_device ON guests (invite_id, device_hash);
      ALTER TABLE plan_members ADD COLUMN invite_id TEXT REFERENCES invites (id) ON DELETE SET NULL;
      CREATE TABLE password_resets (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at ${t.int64} NOT NULL,
        expires_at ${t.int64} NOT NULL,
        used_at ${t.int64}
      );
      CREATE INDEX password_resets_by_user ON password_resets (user_id);
    `,
  ),
  // Issue #15: the municipality's logo, shown on the public page and in exports. The bytes are an
  // ordinary uploaded file (files, file_blobs); the plan names the one in use.
  migration(
    '011_plan_logo',
    () => `
      ALTER TABLE plans ADD COLUMN logo_file_id TEXT;
    `,
  ),
  // Issue #14: a workshop's join code belongs to the workshop, not to the browser that made it.
  // The newest code is kept sealed with a server secret (AES-256-GCM) so everyone who runs the
  // workshop, and the projector view, can show it; older codes keep only their hash.
  migration(
    '012_join_code_shown',
    () => `
      ALTER TABLE workshop_join_codes ADD COLUMN code_sealed TEXT;
    `,
  ),
  // Issue #15: the language the plan is written in, bokmål or nynorsk (shared/plan/contentLanguage);
  // plans made before it existed were bokmål.
  migration(
    '013_plan_language',
    () => `
      ALTER TABLE plans ADD COLUMN content_language TEXT NOT NULL DEFAULT 'nb';
    `,
  ),
  // Issue #14: agenda templates a plan keeps ("save this agenda as a template"): a name and the
  // activities' settings as JSON (TemplateActivity[], references by position), nothing else.
  migration(
    '014_agenda_templates',
    (t) => `
      CREATE TABLE agenda_templates (
        id TEXT PRIMARY KEY,
        ${t.insertionOrder}
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        activities TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      );
      CREATE INDEX agenda_templates_by_plan ON agenda_templates (plan_id);
    `,
  ),
];
