/** Wait this long after the last change before speaking, so a burst is told once. */
export const QUIET_MS = 1_500;
/** …but never longer than this after the first untold change, so a steady stream is still told. */
export const MAX_WAIT_MS = 5_000;

/**
 * Collects items and says when to hand them over: after a quiet spell, or at the latest
 * MAX_WAIT_MS after the first. Pure (time is passed in) so the rhythm is unit-tested.
 */
export class ChangeBatcher<T> {
  private pending: T[] = [];
  private firstAt = 0;
  private lastAt = 0;

  add(items: readonly T[], now: number): void {
    if (items.length === 0) return;
    if (this.pending.length === 0) this.firstAt = now;
    this.lastAt = now;
    this.pending.push(...items);
  }

  /** When the pending items are due, or null when there are none. */
  dueAt(): number | null {
    if (this.pending.length === 0) return null;
    return Math.min(this.lastAt + QUIET_MS, this.firstAt + MAX_WAIT_MS);
  }

  /** The pending items if due at `now` (and forgets them), else an empty list. */
  take(now: number): T[] {
    const due = this.dueAt();
    if (due === null || now < due) return [];
    const taken = this.pending;
    this.pending = [];
    return taken;
  }
}
