import type pg from 'pg';
import type { GoalRecord, GoalStorage } from '../Storage';
import { lockForTransaction, one, rows, transaction } from './db';
import {
  GOAL_COLUMNS,
  goalValues,
  toGoalLink,
  toGoalRecord,
  type GoalLinkRow,
  type GoalRow,
} from '../rows/goals';

export class PostgresGoals implements GoalStorage {
  constructor(private readonly pool: pg.Pool) {}

  async listGoals(planId: string): Promise<GoalRecord[]> {
    // COLLATE "C": positions compare as bytes, as fractional-indexing (and SQLite) order them; seq breaks ties.
    const found = await rows<GoalRow>(
      this.pool,
      `SELECT ${GOAL_COLUMNS} FROM plan_goals WHERE plan_id = $1 ORDER BY position COLLATE "C", seq`,
      [planId],
    );
    return found.map(toGoalRecord);
  }

  async getGoal(id: string): Promise<GoalRecord | null> {
    const row = await one<GoalRow>(
      this.pool,
      `SELECT ${GOAL_COLUMNS} FROM plan_goals WHERE id = $1`,
      [id],
    );
    return row ? toGoalRecord(row) : null;
  }

  async addGoal(goal: GoalRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO plan_goals (${GOAL_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      goalValues(goal),
    );
  }

  async updateGoal(
    id: string,
    fields: { number: string; title: string; sdg: number | null },
  ): Promise<void> {
    await this.pool.query('UPDATE plan_goals SET number = $1, title = $2, sdg = $3 WHERE id = $4', [
      fields.number,
      fields.title,
      fields.sdg,
      id,
    ]);
  }

  async setGoalPositions(entries: readonly { id: string; position: string }[]): Promise<void> {
    if (entries.length === 0) return;
    await this.pool.query(
      `UPDATE plan_goals SET position = moved.position
       FROM unnest($1::text[], $2::text[]) AS moved (id, position) WHERE plan_goals.id = moved.id`,
      [entries.map((e) => e.id), entries.map((e) => e.position)],
    );
  }

  /** Its links go with it (ON DELETE CASCADE). */
  async removeGoal(id: string): Promise<void> {
    await this.pool.query('DELETE FROM plan_goals WHERE id = $1', [id]);
  }

  async listLinks(planId: string): Promise<{ goalId: string; focusAreaId: string }[]> {
    const found = await rows<GoalLinkRow>(
      this.pool,
      'SELECT goal_id, focus_area_id FROM focus_area_goals WHERE plan_id = $1 ORDER BY focus_area_id COLLATE "C", goal_id COLLATE "C"',
      [planId],
    );
    return found.map(toGoalLink);
  }

  async setFocusAreaGoals(
    planId: string,
    focusAreaId: string,
    goalIds: readonly string[],
  ): Promise<void> {
    await transaction(this.pool, async (client) => {
      // Two servers replacing the same focus area's goals take turns: without the lock, each
      // would delete only the rows it saw and the result could be both lists merged.
      await lockForTransaction(client, `focus-area-goals:${planId}:${focusAreaId}`);
      await client.query('DELETE FROM focus_area_goals WHERE plan_id = $1 AND focus_area_id = $2', [
        planId,
        focusAreaId,
      ]);
      // Only goals of this plan are linked; any other id (unknown, another plan's) is left out.
      await client.query(
        `INSERT INTO focus_area_goals (plan_id, focus_area_id, goal_id)
         SELECT plan_id, $2, id FROM plan_goals WHERE plan_id = $1 AND id = ANY ($3::text[])
         ON CONFLICT DO NOTHING`,
        [planId, focusAreaId, [...goalIds]],
      );
    });
  }
}
