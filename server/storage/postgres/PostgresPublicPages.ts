import type pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { PublicPageRecord, PublicPageStorage } from '../Storage';
import { one, rows, toBytes } from './db';
import { settingsJson, toPublicPageRecord, type PublicPageRow } from '../rows/publicPages';

/** SQLSTATE unique_violation: here only the slug (the plan id is upserted). */
const UNIQUE_VIOLATION = '23505';

export class PostgresPublicPages implements PublicPageStorage {
  constructor(private readonly pool: pg.Pool) {}

  async getSettings(planId: string): Promise<PublicPageRecord | null> {
    const row = await one<PublicPageRow>(
      this.pool,
      'SELECT plan_id, slug, settings, updated_at FROM public_pages WHERE plan_id = $1',
      [planId],
    );
    return row ? toPublicPageRecord(row) : null;
  }

  async getBySlug(slug: string): Promise<PublicPageRecord | null> {
    const row = await one<PublicPageRow>(
      this.pool,
      'SELECT plan_id, slug, settings, updated_at FROM public_pages WHERE slug = $1',
      [slug],
    );
    return row ? toPublicPageRecord(row) : null;
  }

  async saveSettings(record: PublicPageRecord): Promise<'ok' | 'slug-taken'> {
    try {
      await this.pool.query(
        `INSERT INTO public_pages (plan_id, slug, settings, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (plan_id) DO UPDATE SET slug = excluded.slug, settings = excluded.settings, updated_at = excluded.updated_at`,
        [record.planId, record.slug, settingsJson(record), record.updatedAt],
      );
      return 'ok';
    } catch (error) {
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return 'slug-taken';
      throw error;
    }
  }

  async listAll(): Promise<PublicPageRecord[]> {
    return (
      await rows<PublicPageRow>(
        this.pool,
        'SELECT plan_id, slug, settings, updated_at FROM public_pages ORDER BY plan_id',
      )
    ).map(toPublicPageRecord);
  }

  async secret(name: string): Promise<Uint8Array> {
    // Two servers racing both insert; ON CONFLICT keeps the first, and both read that one back.
    await this.pool.query(
      'INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, randomBytes(32)],
    );
    const row = await one<{ secret: Buffer }>(
      this.pool,
      'SELECT secret FROM server_secrets WHERE name = $1',
      [name],
    );
    if (!row) throw new Error(`server_secrets: ${name} vanished`);
    return toBytes(row.secret);
  }
}
