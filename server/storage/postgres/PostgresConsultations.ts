import type pg from 'pg';
import type { ConsultationRecord, ConsultationStorage } from '../Storage';
import { one, rows } from './db';
import {
  CONSULTATION_COLUMNS,
  consultationValues,
  toConsultationRecord,
  type ConsultationRow,
} from '../rows/consultations';

export class PostgresConsultations implements ConsultationStorage {
  constructor(private readonly pool: pg.Pool) {}

  async list(planId: string): Promise<ConsultationRecord[]> {
    const found = await rows<ConsultationRow>(
      this.pool,
      `SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE plan_id = $1 ORDER BY opens_at, created_at, seq`,
      [planId],
    );
    return found.map(toConsultationRecord);
  }

  async get(id: string): Promise<ConsultationRecord | null> {
    const row = await one<ConsultationRow>(
      this.pool,
      `SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE id = $1`,
      [id],
    );
    return row ? toConsultationRecord(row) : null;
  }

  async add(consultation: ConsultationRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO consultations (${CONSULTATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      consultationValues(consultation),
    );
  }

  async update(
    id: string,
    f: { title: string; versionId: string; opensAt: number; closesAt: number },
  ): Promise<void> {
    await this.pool.query(
      'UPDATE consultations SET title = $1, version_id = $2, opens_at = $3, closes_at = $4 WHERE id = $5',
      [f.title, f.versionId, f.opensAt, f.closesAt, id],
    );
  }

  async remove(id: string): Promise<void> {
    await this.pool.query('DELETE FROM consultations WHERE id = $1', [id]);
  }
}
