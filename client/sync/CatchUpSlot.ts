import type { ErrorCode, SyncAck } from '../../shared/protocol';
import { splitCatchUp } from '../../shared/protocol/catchUp';
import { CatchUpSender, type CatchUpTransport } from './CatchUpSender';
import type { SendWindow } from './SendWindow';

/**
 * The one catch-up (a change too large for one message, sent in pieces) a document may have
 * under way, counted in the send window as one message in flight until the server stored the
 * whole. Changes made meanwhile build on it, so they are only noted (`changed`): the provider
 * sends them with a round once the catch-up is in.
 */
export class CatchUpSlot {
  private current: { sender: CatchUpSender; token: number; changed: boolean } | null = null;
  private nextId = Math.floor(Math.random() * 0x7fffffff);

  constructor(
    private readonly window: SendWindow,
    /** How pieces go; `current` says whether answers still count (same connection, not closed). */
    private readonly transport: (current: () => boolean) => CatchUpTransport,
  ) {}

  get active(): boolean {
    return this.current !== null;
  }

  /** Changes were made while it was under way. */
  get changed(): boolean {
    return this.current?.changed ?? false;
  }

  /** A piece was refused for a passing reason and is being sent again. */
  get retrying(): ErrorCode | null {
    return this.current?.sender.retrying ?? null;
  }

  noteChange(): void {
    if (this.current) this.current.changed = true;
  }

  /**
   * Sends `update` in pieces, replacing any catch-up under way. `done` gets the answer for the
   * whole, the window token it had, and whether changes were made meanwhile; `onRetrying` is
   * told when `retrying` changed.
   */
  start(
    update: Uint8Array,
    current: () => boolean,
    done: (ack: SyncAck, token: number, changed: boolean) => void,
    onRetrying: () => void,
  ): void {
    this.cancel();
    const token = this.window.open();
    const sender = new CatchUpSender(
      splitCatchUp(this.nextId++ % 0x7fffffff, update),
      this.transport(current),
      (ack) => {
        if (this.current?.sender !== sender) return;
        const { changed } = this.current;
        this.current = null;
        this.window.close(token);
        done(ack, token, changed);
      },
      onRetrying,
    );
    this.current = { sender, token, changed: false };
    sender.start();
  }

  /** Changes made meanwhile are in the document: whatever sends it next (a round's step 2) carries them. */
  cancel(): void {
    if (!this.current) return;
    this.current.sender.cancel();
    this.window.close(this.current.token);
    this.current = null;
  }
}
