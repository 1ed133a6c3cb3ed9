import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planDocName } from '../../shared/protocol';
import { checkPlanDoc } from '../../shared/plan/schema/checkPlanDoc';
import {
  damageEverythingElse,
  damageLikeTheIssue,
  soundPlan,
} from '../../shared/plan/schema/damagedPlan';
import { planSnapshot } from '../../shared/plan/snapshot';
import { readPlanDoc } from '../export/readPlanDoc';
import { createPlan } from '../plans/createPlan';
import { SqliteStorage } from '../storage/sqlite/SqliteStorage';
import { checkStoredDocs } from './checkStoredDocs';
import * as Y from 'yjs';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempStorage(): SqliteStorage {
  const dir = mkdtempSync(join(tmpdir(), 'medverk-check-docs-'));
  const storage = new SqliteStorage({ file: join(dir, 'medverk.db'), synchronous: 'normal' });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => storage.close());
  return storage;
}

/** A plan whose stored state is `doc`'s, written straight to storage (no update check). */
async function storedPlan(storage: SqliteStorage, title: string, doc: Y.Doc): Promise<string> {
  const plan = await createPlan(storage.plans, {
    title,
    fill: (fresh) => Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc)),
  });
  return plan.id;
}

describe('check-docs', () => {
  it('reports damaged documents without writing anything, then repairs them as one appended update', async () => {
    const storage = tempStorage();
    const soundId = await storedPlan(storage, 'Sound', soundPlan());
    const damaged = soundPlan();
    damageLikeTheIssue(damaged);
    damageEverythingElse(damaged);
    const damagedId = await storedPlan(storage, 'Damaged', damaged);

    const lines: string[] = [];
    const checked = await checkStoredDocs(storage, {
      repair: false,
      print: (line) => lines.push(line),
    });
    expect(checked).toEqual({ checked: 2, damaged: 1, repaired: 0 });
    expect(lines.join('\n')).toContain(`plan ${damagedId} "Damaged"`);
    expect(lines.join('\n')).toContain('focusAreas.x: expected Y.Map, found a string');
    expect(lines.join('\n')).not.toContain(soundId);
    expect((await storage.docs.loadDoc(planDocName(damagedId))).updates).toHaveLength(0);

    const before = await storage.docs.loadDoc(planDocName(damagedId));
    const repaired = await checkStoredDocs(storage, { repair: true, print: () => undefined });
    expect(repaired).toEqual({ checked: 2, damaged: 1, repaired: 1 });
    const after = await storage.docs.loadDoc(planDocName(damagedId));
    // History kept: the snapshot is untouched and the repair is one more update in the log.
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.updates).toHaveLength(1);
    expect((await storage.docs.loadDoc(planDocName(soundId))).updates).toHaveLength(0);

    const doc = await readPlanDoc(storage.docs, damagedId);
    expect(checkPlanDoc(doc)).toEqual([]);
    expect(planSnapshot(doc).focusAreas.map((area) => [area.id, area.title])).toEqual([
      ['a1', ''],
      ['a2', 'Infrastruktur som tekst'],
    ]);
    expect(await checkStoredDocs(storage, { repair: true, print: () => undefined })).toEqual({
      checked: 2,
      damaged: 0,
      repaired: 0,
    });
  });
});
