import * as awarenessProtocol from 'y-protocols/awareness';

/** Presence changes are sent at most this often; a burst of cursor moves becomes one message. */
const FLUSH_MS = 50;

/**
 * This client's outgoing presence for one document: changed client ids are collected and sent as
 * one awareness update per `FLUSH_MS`, only while `canSend` (joined) holds.
 */
export class AwarenessOutbox {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly changed = new Set<number>();

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly canSend: () => boolean,
    private readonly emit: (update: Uint8Array) => void,
  ) {}

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

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
  }
}
