import { AuditAction } from '../../shared/api/audit';
import type { Storage } from '../storage/Storage';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Several servers on one database: one sweeps, the others skip this round. */
const LOCK = 'retention-sweep';
/** The first sweep after start: soon, but not in the middle of starting up. */
const FIRST_SWEEP_MS = 5_000;

/** What one sweep removed, per plan: the inputs whose name and e-mail were deleted. */
export interface SweepResult {
  planId: string;
  inputIds: string[];
}

/**
 * One pass over every plan with public page settings: deletes the name and e-mail of input
 * received more than the plan's retention time before `now` (the text stays), and logs how many
 * per plan. Resolves to null when another server is sweeping right now.
 */
export async function sweepRetentionOnce(
  storage: Storage,
  now: number,
): Promise<SweepResult[] | null> {
  return storage.locks.tryWithLock(LOCK, async () => {
    const results: SweepResult[] = [];
    for (const settings of await storage.publicPages.listAll()) {
      const before = now - settings.retentionDays * DAY_MS;
      const inputIds = await storage.inputs.removeExpiredPersonalData(settings.planId, before, now);
      if (inputIds.length === 0) continue;
      results.push({ planId: settings.planId, inputIds });
      // A count only: which residents these were is exactly what is being forgotten.
      await storage.audit.append({
        at: now,
        planId: settings.planId,
        actor: null,
        action: AuditAction.InputPersonalDataRemoved,
        detail: {
          reason: 'retention',
          count: inputIds.length,
          retentionDays: settings.retentionDays,
        },
      });
    }
    return results;
  });
}

/**
 * Deletes residents' names and e-mails once a plan's retention time has passed: soon after
 * start, then every `everyMs` (0: never). The timers do not keep the process alive, and a sweep still
 * running when the next is due is not started twice.
 */
export function startRetentionSweep(
  storage: Storage,
  everyMs: number,
  onError: (error: unknown) => void,
  /** Told what a sweep cleared (the live inbox shows it at once). */
  onCleared: (results: SweepResult[]) => void = () => {},
): { stop(): void } {
  // Off (tests that sweep by hand, so no sweep of the server's own can hold the lock meanwhile).
  if (everyMs === 0) return { stop() {} };
  let running = false;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = true;
    sweepRetentionOnce(storage, Date.now())
      .then((results) => results && onCleared(results))
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, Math.min(FIRST_SWEEP_MS, everyMs));
  const every = setInterval(run, everyMs);
  first.unref();
  every.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
