import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import { checkPlanDoc } from '../../shared/plan/schema/checkPlanDoc';
import { formatProblem } from '../../shared/plan/schema/problems';
import { repairPlanDoc } from '../../shared/plan/schema/repairPlanDoc';
import { readPlanDoc } from '../export/readPlanDoc';
import type { Storage } from '../storage/Storage';

export interface CheckDocsResult {
  checked: number;
  /** Plans whose document did not fit the shape. */
  damaged: number;
  /** Of those, repaired and stored (only with `repair`). */
  repaired: number;
}

/**
 * `npm run admin -- check-docs [--repair]`: checks every plan's stored document against the
 * plan's shape (shared/plan/schema/planShape.ts) and prints what does not fit. With `repair`,
 * each damaged document is repaired and the repair appended to its log as one ordinary update:
 * history is never rewritten, and clients that held the damaged state merge the repair like any
 * other edit. Run it while no server uses the storage: a server holding the document in memory
 * would not see the appended update until it loads the document again.
 */
export async function checkStoredDocs(
  storage: Pick<Storage, 'docs' | 'plans'>,
  options: { repair: boolean; print: (line: string) => void },
): Promise<CheckDocsResult> {
  const result: CheckDocsResult = { checked: 0, damaged: 0, repaired: 0 };
  for (const plan of await storage.plans.listPlans()) {
    result.checked++;
    const doc = await readPlanDoc(storage.docs, plan.id);
    try {
      const problems = checkPlanDoc(doc);
      if (problems.length === 0) continue;
      result.damaged++;
      options.print(`plan ${plan.id} "${plan.title}": ${problems.length} problem(s)`);
      for (const problem of problems) options.print(`  ${formatProblem(problem)}`);
      if (!options.repair) continue;
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      repairPlanDoc(doc);
      const update = Y.mergeUpdates(updates);
      await storage.docs.appendUpdates([{ doc: planDocName(plan.id), update }]);
      const stored = await readPlanDoc(storage.docs, plan.id);
      const left = checkPlanDoc(stored);
      stored.destroy();
      if (left.length > 0) {
        options.print(`  repair stored, but ${left.length} problem(s) remain:`);
        for (const problem of left) options.print(`    ${formatProblem(problem)}`);
      } else {
        result.repaired++;
        options.print('  repaired');
      }
    } finally {
      doc.destroy();
    }
  }
  options.print(
    `${result.checked} plan document(s) checked, ${result.damaged} did not fit` +
      (options.repair
        ? `, ${result.repaired} repaired`
        : result.damaged > 0
          ? '; run with --repair to repair them'
          : ''),
  );
  return result;
}

/**
 * Whether a Medverk server answers on this address. SQLite gives no reliable sign that another
 * process has the file open, so the admin command asks the configured port instead; a server
 * elsewhere (PostgreSQL, several servers) cannot be seen this way.
 */
export async function serverAnswers(baseUrl: string, timeoutMs = 1_000): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok;
  } catch {
    return false;
  }
}
