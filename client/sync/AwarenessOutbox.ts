import * as awarenessProtocol from 'y-protocols/awareness';

/** Presence changes are sent at most this often; a burst of cursor moves becomes one message. */
const FLUSH_MS = 50;

/**
 * This client's presence for one document: local changes are collected and sent as one awareness
 * update per `FLUSH_MS`, only while `canSend` (joined) holds; others' presence is dropped when we
 * can no longer hear from them.
 */
export class AwarenessOutbox {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly changed = new Set<number>();

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly canSend: () => boolean,
    private readonly emit: (update: Uint8Array) => void,
  ) {
    awareness.on('update', this.handleUpdate);
  }

  /** Drops everyone else's presence (the connection is gone, so it is stale); `origin` marks it. */
  forgetOthers(origin: unknown): void {
    const others = [...this.awareness.getStates().keys()].filter(
      (id) => id !== this.awareness.clientID,
    );
    awarenessProtocol.removeAwarenessStates(this.awareness, others, origin);
  }

  /** Tells the others at once that we are gone (the document closes). */
  leave(): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.awareness.clientID], 'destroy');
    this.flush([this.awareness.clientID]);
  }

  destroy(): void {
    this.awareness.off('update', this.handleUpdate);
    this.clear();
  }

  queue(clients: number[]): void {
    clients.forEach((id) => this.changed.add(id));
    if (this.timer || !this.canSend()) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const changed = [...this.changed];
      this.changed.clear();
      this.flush(changed);
    }, FLUSH_MS);
  }

  /** Sends these clients' presence now (e.g. our removal when the document closes). */
  flush(clients: number[]): void {
    if (!this.canSend() || clients.length === 0) return;
    this.emit(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  private readonly handleUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === 'local') this.queue([...changes.added, ...changes.updated, ...changes.removed]);
  };

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
  }
}
