import type { SyncStatus } from '../../sync/status';

/** What the shown status follows: a DocProvider, or a stand-in in tests. */
export interface StatusSource {
  readonly status: SyncStatus;
  on(event: 'status', listener: (status: SyncStatus) => void): void;
  off(event: 'status', listener: (status: SyncStatus) => void): void;
}

/**
 * How long "saved" must hold after "saving" before "Lagret" replaces "Lagrer …". While someone
 * types, each keystroke is stored within milliseconds and the next one comes a moment later: the
 * status stays "Lagrer …" instead of flickering (and re-rendering) twice per keystroke, and says
 * "Lagret" once they pause.
 */
export const SAVED_AFTER_MS = 500;

/** Equal for the eye: "Lagrer …" reads the same whatever number of changes is pending. */
export function sameShownStatus(a: SyncStatus, b: SyncStatus): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'retrying' && b.state === 'retrying') return a.code === b.code;
  if (a.state === 'error' && b.state === 'error') return a.code === b.code;
  return true;
}

/**
 * The status a person sees, as a source for `useSyncExternalStore`. It follows the provider at
 * once, except from "saving" to "saved", which waits `SAVED_AFTER_MS` of the provider staying
 * saved. "Lagret" is never shown early: it is shown only while the provider says saved (every
 * change acknowledged as stored); anything else the provider says replaces it at once.
 */
export class ShownStatus {
  private shown: SyncStatus;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly source: StatusSource,
    private readonly savedAfterMs = SAVED_AFTER_MS,
  ) {
    this.shown = source.status;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.source.on('status', this.follow);
      // What changed while nobody listened is shown as it is now.
      this.clearTimer();
      this.show(this.source.status);
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.source.off('status', this.follow);
      this.clearTimer();
    };
  };

  readonly getSnapshot = (): SyncStatus => this.shown;

  private readonly follow = (status: SyncStatus): void => {
    if (status.state === 'saved' && this.shown.state === 'saving') {
      this.timer ??= setTimeout(this.settle, this.savedAfterMs);
      return;
    }
    this.clearTimer();
    this.show(status);
  };

  private readonly settle = (): void => {
    this.timer = null;
    // The provider's word now: any change since either restarted the wait or was shown at once.
    this.show(this.source.status);
  };

  private show(status: SyncStatus): void {
    if (sameShownStatus(this.shown, status)) return;
    this.shown = status;
    this.listeners.forEach((listener) => listener());
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
