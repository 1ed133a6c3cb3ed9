import { parseDocName, planDocName } from '../../shared/protocol';
import { discussionDocName } from '../../shared/discussion/keys';
import type { AccessChange } from '../auth/AccessChanges';
import type { PeerSession } from './PeerSession';
import { principalOf } from '../auth/identity';
import { armExpiryTimer, expiresAt } from './expiryTimer';

const isWorkshopDoc = (doc: string) => parseDocName(doc)?.kind === 'workshop';

interface Connection {
  disconnect: () => void;
  /** Cancels the timer that closes the connection when its session (or invitation) runs out. */
  stopTimer: () => void;
  expired: boolean;
}

/** The connections open on this server, so access changes can reach them while they are open. */
export class LiveSessions {
  private readonly sessions = new Map<PeerSession, Connection>();

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  add(session: PeerSession, disconnect: () => void): void {
    const end = expiresAt(session.identity);
    const stopTimer = end === null ? () => undefined : armExpiryTimer(end, () => this.expire(session));
    this.sessions.set(session, { disconnect, stopTimer, expired: false });
  }

  remove(session: PeerSession): void {
    this.sessions.get(session)?.stopTimer();
    this.sessions.delete(session);
  }

  get size(): number {
    return this.sessions.size;
  }

  /**
   * Closes a connection whose session or invitation has run out, as a revoked one is closed
   * (its access policy refuses an expired identity, so the recheck closes every document).
   * Called by its timer, or earlier by whoever notices first; only the first call counts.
   */
  expire(session: PeerSession): void {
    const connection = this.sessions.get(session);
    if (!connection || connection.expired) return;
    connection.expired = true;
    connection.stopTimer();
    closeWithReason(session, connection.disconnect).catch(this.onError);
  }

  async apply(change: AccessChange): Promise<void> {
    const work: Promise<void>[] = [];
    for (const [session, { disconnect }] of this.sessions) {
      if (change.kind === 'presence') {
        if (principalOf(session.identity) === change.principal) session.setPresenceColor(change.color);
      } else if (change.kind === 'sessions') {
        const identity = session.identity;
        if (identity.kind !== 'anonymous' && change.tokenHashes.includes(identity.sessionHash)) {
          work.push(closeWithReason(session, disconnect));
        }
      } else if (session.holds(planDocName(change.planId)) ||
        session.holds(discussionDocName(change.planId)) || session.joinedDocs().some(isWorkshopDoc)) {
        // A workshop's plan is not in its name; rechecking every workshop connection is cheap.
        work.push(session.recheck());
      }
    }
    for (const result of await Promise.allSettled(work)) {
      if (result.status === 'rejected') this.onError(result.reason);
    }
  }
}

/** Closing the documents first tells the client why before the line drops. */
function closeWithReason(session: PeerSession, disconnect: () => void): Promise<void> {
  return session.recheck().finally(disconnect);
}
