import { parseDocName, planDocName } from '../../shared/protocol';
import { discussionDocName } from '../../shared/discussion/keys';
import type { AccessChange } from '../auth/AccessChanges';
import type { PeerSession } from './PeerSession';

const isWorkshopDoc = (doc: string) => parseDocName(doc)?.kind === 'workshop';

/** The connections open on this server, so access changes can reach them while they are open. */
export class LiveSessions {
  private readonly sessions = new Map<PeerSession, () => void>();

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  add(session: PeerSession, disconnect: () => void): void {
    this.sessions.set(session, disconnect);
  }

  remove(session: PeerSession): void {
    this.sessions.delete(session);
  }

  get size(): number {
    return this.sessions.size;
  }

  async apply(change: AccessChange): Promise<void> {
    const work: Promise<void>[] = [];
    for (const [session, disconnect] of this.sessions) {
      if (change.kind === 'sessions') {
        const identity = session.identity;
        if (identity.kind !== 'anonymous' && change.tokenHashes.includes(identity.sessionHash)) {
          // Closing the documents first tells the client why before the line drops.
          work.push(session.recheck().finally(disconnect));
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
