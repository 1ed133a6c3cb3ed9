/** First retry delay after a refusal; it doubles per failed attempt up to `MAX_DELAY_MS`. */
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * How long to wait before retry number `attempt` (1 for the first): exponential, with ±50 %
 * jitter so many clients refused at once (a server under load) do not come back together.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return exponential * (0.5 + random());
}

/** One retry waiting at a time, its delay growing with each attempt until `reset`. */
export class Retry {
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Runs `task` after the next delay, unless a retry is already waiting. */
  schedule(task: () => void): void {
    if (this.timer) return;
    this.attempts++;
    this.timer = setTimeout(() => {
      this.timer = null;
      task();
    }, retryDelay(this.attempts));
  }

  /** It worked: the next failure starts from the shortest delay again. */
  reset(): void {
    this.attempts = 0;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
