import type Database from 'better-sqlite3';
import type { NewPlanRecord, PlanRecord, PlanStorage } from '../Storage';
import type { SqliteDocs } from './SqliteDocs';
import { run } from './run';
import { toDiscussionSettings, toPlanRecord, type PlanRow } from '../rows/plans';
import type { DiscussionSettings } from '../../../shared/discussion/types';
import { DEFAULT_PLAN_LANGUAGE, type PlanLanguage } from '../../../shared/plan/contentLanguage';

export class SqlitePlans implements PlanStorage {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly docs: SqliteDocs,
  ) {
    this.statements = {
      list: db.prepare<[], PlanRow>('SELECT * FROM plans ORDER BY updated_at DESC'),
      get: db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?'),
      insert: db.prepare<[string, string, string, number, number, string]>(
        'INSERT INTO plans (id, title, municipality, created_at, updated_at, content_language) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      touch: db.prepare<[string, number, string]>('UPDATE plans SET title = ?, updated_at = ? WHERE id = ?'),
      settings: db.prepare<[string], { discussion_settings: string | null }>('SELECT discussion_settings FROM plans WHERE id = ?'),
      setSettings: db.prepare<[string, string]>('UPDATE plans SET discussion_settings = ? WHERE id = ?'),
      setMunicipality: db.prepare<[string, string]>('UPDATE plans SET municipality = ? WHERE id = ?'),
      setContentLanguage: db.prepare<[string, string]>('UPDATE plans SET content_language = ? WHERE id = ?'),
      logo: db.prepare<[string], { logo_file_id: string | null }>('SELECT logo_file_id FROM plans WHERE id = ?'),
      setLogo: db.prepare<[string | null, string]>('UPDATE plans SET logo_file_id = ? WHERE id = ?'),
    };
  }

  listPlans(): Promise<PlanRecord[]> {
    return run(() => this.statements.list.all().map(toPlanRecord));
  }

  getPlan(id: string): Promise<PlanRecord | null> {
    return run(() => {
      const row = this.statements.get.get(id);
      return row ? toPlanRecord(row) : null;
    });
  }

  createPlan(plan: NewPlanRecord, docName: string, initialState: Uint8Array): Promise<void> {
    return run(() =>
      this.db.transaction(() => {
        this.statements.insert.run(
          plan.id,
          plan.title,
          plan.municipality,
          plan.createdAt,
          plan.updatedAt,
          plan.contentLanguage ?? DEFAULT_PLAN_LANGUAGE,
        );
        this.docs.writeSnapshot(docName, initialState, plan.createdAt);
      })(),
    );
  }

  touchPlan(id: string, title: string, updatedAt: number): Promise<void> {
    return run(() => void this.statements.touch.run(title, updatedAt, id));
  }

  getDiscussionSettings(planId: string): Promise<DiscussionSettings> {
    return run(() => toDiscussionSettings(this.statements.settings.get(planId)?.discussion_settings));
  }

  setDiscussionSettings(planId: string, settings: DiscussionSettings): Promise<void> {
    return run(() => void this.statements.setSettings.run(JSON.stringify(settings), planId));
  }

  setMunicipality(planId: string, municipality: string): Promise<void> {
    return run(() => void this.statements.setMunicipality.run(municipality, planId));
  }

  setContentLanguage(planId: string, language: PlanLanguage): Promise<void> {
    return run(() => void this.statements.setContentLanguage.run(language, planId));
  }

  getLogoFileId(planId: string): Promise<string | null> {
    return run(() => this.statements.logo.get(planId)?.logo_file_id ?? null);
  }

  setLogoFileId(planId: string, fileId: string | null): Promise<string | null> {
    return run(() =>
      this.db.transaction(() => {
        const previous = this.statements.logo.get(planId)?.logo_file_id ?? null;
        this.statements.setLogo.run(fileId, planId);
        return previous;
      })(),
    );
  }
}
