import type { DocStore } from '../docs/DocStore';
import { DocRoom } from './DocRoom';
import type { Broadcaster, Peer } from './Peer';

/**
 * Rooms exist while someone is in them. Each person in a room holds one reference on the
 * document in the DocStore, which keeps it loaded; the store unloads it later on its own.
 */
export class Rooms {
  private readonly rooms = new Map<string, DocRoom>();

  constructor(
    private readonly docs: DocStore,
    private readonly broadcaster: Broadcaster,
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  async enter(docName: string, peer: Peer): Promise<DocRoom> {
    const live = await this.docs.open(docName);
    let room = this.rooms.get(docName);
    if (!room || room.live !== live) {
      room = new DocRoom(live, this.broadcaster);
      this.rooms.set(docName, room);
    }
    room.add(peer);
    return room;
  }

  exit(docName: string, peer: Peer): void {
    const room = this.rooms.get(docName);
    if (!room || !room.has(peer)) return;
    room.remove(peer);
    if (room.size === 0) {
      room.destroy();
      this.rooms.delete(docName);
    }
    this.docs.release(docName);
  }
}
