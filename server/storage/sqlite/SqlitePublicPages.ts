import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { PublicPageRecord, PublicPageStorage } from '../Storage';
import { run } from './run';
import { settingsJson, toPublicPageRecord, type PublicPageRow } from '../rows/publicPages';

/** SQLite's extended code for a broken UNIQUE constraint (the slug; the plan id is upserted). */
const UNIQUE_VIOLATION = 'SQLITE_CONSTRAINT_UNIQUE';

export class SqlitePublicPages implements PublicPageStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      get: db.prepare<[string], PublicPageRow>('SELECT * FROM public_pages WHERE plan_id = ?'),
      bySlug: db.prepare<[string], PublicPageRow>('SELECT * FROM public_pages WHERE slug = ?'),
      all: db.prepare<[], PublicPageRow>('SELECT * FROM public_pages ORDER BY plan_id'),
      save: db.prepare<[string, string, string, number]>(
        `INSERT INTO public_pages (plan_id, slug, settings, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (plan_id) DO UPDATE SET slug = excluded.slug, settings = excluded.settings, updated_at = excluded.updated_at`,
      ),
      addSecret: db.prepare<[string, Buffer]>(
        'INSERT INTO server_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      ),
      secret: db.prepare<[string], { secret: Buffer }>(
        'SELECT secret FROM server_secrets WHERE name = ?',
      ),
    };
  }

  getSettings(planId: string): Promise<PublicPageRecord | null> {
    return run(() => {
      const row = this.s.get.get(planId);
      return row ? toPublicPageRecord(row) : null;
    });
  }

  getBySlug(slug: string): Promise<PublicPageRecord | null> {
    return run(() => {
      const row = this.s.bySlug.get(slug);
      return row ? toPublicPageRecord(row) : null;
    });
  }

  saveSettings(record: PublicPageRecord): Promise<'ok' | 'slug-taken'> {
    return run(() => {
      try {
        this.s.save.run(record.planId, record.slug, settingsJson(record), record.updatedAt);
        return 'ok';
      } catch (error) {
        if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return 'slug-taken';
        throw error;
      }
    });
  }

  listAll(): Promise<PublicPageRecord[]> {
    return run(() => this.s.all.all().map(toPublicPageRecord));
  }

  secret(name: string): Promise<Uint8Array> {
    return run(() => {
      // The first caller's bytes win; everyone (this connection or another on the file) reads them.
      this.s.addSecret.run(name, randomBytes(32));
      const row = this.s.secret.get(name);
      if (!row) throw new Error(`server_secrets: ${name} vanished`);
      return new Uint8Array(row.secret);
    });
  }
}
