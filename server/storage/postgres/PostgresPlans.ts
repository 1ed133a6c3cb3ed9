import type pg from 'pg';
import type { NewPlanRecord, PlanRecord, PlanStorage } from '../Storage';
import { one, rows, transaction } from './db';
import { writeSnapshot } from './PostgresDocs';
import { toDiscussionSettings, toPlanRecord, type PlanRow } from '../rows/plans';
import type { DiscussionSettings } from '../../../shared/discussion/types';
import { DEFAULT_PLAN_LANGUAGE, type PlanLanguage } from '../../../shared/plan/contentLanguage';

export class PostgresPlans implements PlanStorage {
  constructor(private readonly pool: pg.Pool) {}

  async listPlans(): Promise<PlanRecord[]> {
    return (await rows<PlanRow>(this.pool, 'SELECT * FROM plans ORDER BY updated_at DESC')).map(toPlanRecord);
  }

  async getPlan(id: string): Promise<PlanRecord | null> {
    const row = await one<PlanRow>(this.pool, 'SELECT * FROM plans WHERE id = $1', [id]);
    return row ? toPlanRecord(row) : null;
  }

  async createPlan(plan: NewPlanRecord, docName: string, initialState: Uint8Array): Promise<void> {
    await transaction(this.pool, async (client) => {
      await client.query(
        'INSERT INTO plans (id, title, municipality, created_at, updated_at, content_language) VALUES ($1, $2, $3, $4, $5, $6)',
        [plan.id, plan.title, plan.municipality, plan.createdAt, plan.updatedAt, plan.contentLanguage ?? DEFAULT_PLAN_LANGUAGE],
      );
      await writeSnapshot(client, docName, initialState, plan.createdAt);
    });
  }

  async touchPlan(id: string, title: string, updatedAt: number): Promise<void> {
    await this.pool.query('UPDATE plans SET title = $1, updated_at = $2 WHERE id = $3', [title, updatedAt, id]);
  }

  async getDiscussionSettings(planId: string): Promise<DiscussionSettings> {
    const row = await one<{ discussion_settings: string | null }>(this.pool, 'SELECT discussion_settings FROM plans WHERE id = $1', [planId]);
    return toDiscussionSettings(row?.discussion_settings);
  }

  async setDiscussionSettings(planId: string, settings: DiscussionSettings): Promise<void> {
    await this.pool.query('UPDATE plans SET discussion_settings = $1 WHERE id = $2', [JSON.stringify(settings), planId]);
  }

  async setMunicipality(planId: string, municipality: string): Promise<void> {
    await this.pool.query('UPDATE plans SET municipality = $1 WHERE id = $2', [municipality, planId]);
  }

  async setContentLanguage(planId: string, language: PlanLanguage): Promise<void> {
    await this.pool.query('UPDATE plans SET content_language = $1 WHERE id = $2', [language, planId]);
  }

  async getLogoFileId(planId: string): Promise<string | null> {
    const row = await one<{ logo_file_id: string | null }>(this.pool, 'SELECT logo_file_id FROM plans WHERE id = $1', [planId]);
    return row?.logo_file_id ?? null;
  }

  async setLogoFileId(planId: string, fileId: string | null): Promise<string | null> {
    return transaction(this.pool, async (client) => {
      // The row lock makes the read and the write one step for concurrent replacements.
      const { rows: found } = await client.query<{ logo_file_id: string | null }>(
        'SELECT logo_file_id FROM plans WHERE id = $1 FOR UPDATE',
        [planId],
      );
      await client.query('UPDATE plans SET logo_file_id = $1 WHERE id = $2', [fileId, planId]);
      return found[0]?.logo_file_id ?? null;
    });
  }
}
