import type Database from 'better-sqlite3';
import type { GoalRecord, GoalStorage } from '../Storage';
import { run } from './run';
import {
  GOAL_COLUMNS,
  goalValues,
  toGoalLink,
  toGoalRecord,
  type GoalLinkRow,
  type GoalRow,
} from '../rows/goals';

export class SqliteGoals implements GoalStorage {
  private readonly s;
  private readonly reposition;
  private readonly replaceLinks;

  constructor(db: Database.Database) {
    this.s = {
      // Positions compare as bytes (BINARY, as fractional-indexing expects); rowid breaks ties.
      list: db.prepare<[string], GoalRow>(
        `SELECT ${GOAL_COLUMNS} FROM plan_goals WHERE plan_id = ? ORDER BY position, rowid`,
      ),
      get: db.prepare<[string], GoalRow>(`SELECT ${GOAL_COLUMNS} FROM plan_goals WHERE id = ?`),
      insert: db.prepare<ReturnType<typeof goalValues>>(
        `INSERT INTO plan_goals (${GOAL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare<[string, string, number | null, string]>(
        'UPDATE plan_goals SET number = ?, title = ?, sdg = ? WHERE id = ?',
      ),
      setPosition: db.prepare<[string, string]>('UPDATE plan_goals SET position = ? WHERE id = ?'),
      remove: db.prepare<[string]>('DELETE FROM plan_goals WHERE id = ?'),
      links: db.prepare<[string], GoalLinkRow>(
        'SELECT goal_id, focus_area_id FROM focus_area_goals WHERE plan_id = ? ORDER BY focus_area_id, goal_id',
      ),
      unlinkArea: db.prepare<[string, string]>(
        'DELETE FROM focus_area_goals WHERE plan_id = ? AND focus_area_id = ?',
      ),
      // Only goals of this plan are linked; any other id (unknown, another plan's) is left out.
      link: db.prepare<[string, string, string]>(
        `INSERT INTO focus_area_goals (plan_id, focus_area_id, goal_id)
         SELECT plan_id, ?, id FROM plan_goals WHERE plan_id = ? AND id IN (SELECT value FROM json_each(?))
         ON CONFLICT DO NOTHING`,
      ),
    };
    this.reposition = db.transaction((entries: readonly { id: string; position: string }[]) => {
      for (const { id, position } of entries) this.s.setPosition.run(position, id);
    });
    this.replaceLinks = db.transaction(
      (planId: string, focusAreaId: string, goalIds: readonly string[]) => {
        this.s.unlinkArea.run(planId, focusAreaId);
        this.s.link.run(focusAreaId, planId, JSON.stringify(goalIds));
      },
    );
  }

  listGoals(planId: string): Promise<GoalRecord[]> {
    return run(() => this.s.list.all(planId).map(toGoalRecord));
  }

  getGoal(id: string): Promise<GoalRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toGoalRecord(row) : null;
    });
  }

  addGoal(goal: GoalRecord): Promise<void> {
    return run(() => void this.s.insert.run(...goalValues(goal)));
  }

  updateGoal(
    id: string,
    fields: { number: string; title: string; sdg: number | null },
  ): Promise<void> {
    return run(() => void this.s.update.run(fields.number, fields.title, fields.sdg, id));
  }

  setGoalPositions(entries: readonly { id: string; position: string }[]): Promise<void> {
    return run(() => void this.reposition(entries));
  }

  /** Its links go with it (ON DELETE CASCADE). */
  removeGoal(id: string): Promise<void> {
    return run(() => void this.s.remove.run(id));
  }

  listLinks(planId: string): Promise<{ goalId: string; focusAreaId: string }[]> {
    return run(() => this.s.links.all(planId).map(toGoalLink));
  }

  setFocusAreaGoals(
    planId: string,
    focusAreaId: string,
    goalIds: readonly string[],
  ): Promise<void> {
    return run(() => void this.replaceLinks.immediate(planId, focusAreaId, goalIds));
  }
}
