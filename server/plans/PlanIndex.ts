import type * as Y from 'yjs';
import { parseDocName } from '../../shared/protocol';
import { readTitle } from '../../shared/plan/planDoc';
import type { PlanStorage } from '../storage/Storage';

/**
 * Keeps the plan list (title, last changed) in step with the documents, at most once per
 * `intervalMs` per plan, so typing in a title does not write the plans table on every key.
 */
export class PlanIndex {
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; doc: Y.Doc }>();

  constructor(
    private readonly plans: PlanStorage,
    private readonly intervalMs = 1_000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  docChanged(docName: string, doc: Y.Doc): void {
    const parsed = parseDocName(docName);
    if (!parsed || parsed.kind !== 'plan' || this.timers.has(parsed.id)) return;
    const timer = setTimeout(() => void this.write(parsed.id), this.intervalMs);
    this.timers.set(parsed.id, { timer, doc });
  }

  async flush(): Promise<void> {
    await Promise.all([...this.timers.keys()].map((id) => this.write(id)));
  }

  private async write(planId: string): Promise<void> {
    const pending = this.timers.get(planId);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.timers.delete(planId);
    try {
      const title = readTitle(pending.doc).trim();
      await this.plans.touchPlan(planId, title, Date.now());
    } catch (error) {
      this.onError(error);
    }
  }
}
