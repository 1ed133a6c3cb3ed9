import { planDocName } from '../../shared/protocol/docName';
import type { PlanNotice } from '../../shared/protocol/planNotice';
import type { SyncServer } from '../realtime/socketEdge';

/**
 * Tells everyone with a plan open (the document's room, on every server through the Redis
 * adapter) something its document does not say, such as who restored which version. Routes are
 * registered before the socket server exists, so it is attached afterwards; until then (and in
 * tests without sockets) nothing is sent.
 */
export class PlanNotices {
  private io: SyncServer | null = null;

  attach(io: SyncServer): void {
    this.io = io;
  }

  send(planId: string, notice: PlanNotice): void {
    const doc = planDocName(planId);
    this.io?.to(doc).emit('planNotice', doc, notice);
  }
}
