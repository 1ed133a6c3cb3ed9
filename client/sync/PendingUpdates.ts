import * as Y from 'yjs';

/**
 * How many updates are merged at once. `Y.mergeUpdates` slows down sharply with the number of
 * updates in one call (20,000 one-keystroke updates take over a minute in one call, a quarter of
 * a second merged 64 at a time and then the results again), so the queue merges in rounds.
 */
const MERGE_FAN_IN = 64;

/**
 * Our changes waiting to go out, kept merged as they come: a long burst of edits (typing while
 * the link stalls, a client catching up) becomes one update instead of one message per
 * keystroke, which the server's per-connection message rate would refuse. `take` returns
 * everything queued as one update whose effect equals applying each of them in order.
 */
export class PendingUpdates {
  /** `levels[i]` holds updates that are each the merge of up to MERGE_FAN_IN^i originals. */
  private readonly levels: Uint8Array[][] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(update: Uint8Array): void {
    this.count++;
    let carry = update;
    for (let level = 0; ; level++) {
      const queue = (this.levels[level] ??= []);
      queue.push(carry);
      if (queue.length < MERGE_FAN_IN) return;
      // A full level becomes one update a level up, so no merge ever takes more than MERGE_FAN_IN.
      carry = Y.mergeUpdates(queue.splice(0));
    }
  }

  /** Everything queued, as one update (null when nothing is); the queue is empty afterwards. */
  take(): Uint8Array | null {
    if (this.count === 0) return null;
    // Oldest first: the higher levels hold the earlier changes.
    const all = this.levels.flatMap((_, level) => this.levels[this.levels.length - 1 - level]!);
    this.clear();
    return all.length === 1 ? all[0]! : Y.mergeUpdates(all);
  }

  /** Forgets what is queued (the next handshake's step 2 carries it: it is all in the document). */
  clear(): void {
    this.levels.length = 0;
    this.count = 0;
  }
}
