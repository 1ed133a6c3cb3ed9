/** The connection (and the person behind it) that set a presence client id. */
export interface PresenceOwner {
  peerId: string;
  /** `user:<id>` or `guest:<id>`: the same person on another connection may take the id back. */
  principal: string;
}

export type PresenceClaim = 'ok' | 'taken' | 'too-many';

interface Reservation {
  principal: string;
  until: number;
}

/**
 * Which connection owns each presence client id in one document. A connection may set or
 * remove only ids it owns, ids nobody holds, or its own person's (a reconnect); it may use a
 * few ids at most. When its connection leaves, an id is kept for the same person for a while,
 * so nobody can take it over while they reconnect.
 */
export class PresenceOwners {
  private readonly owners = new Map<number, PresenceOwner>();
  private readonly reserved = new Map<number, Reservation>();
  /** Every id each connection has used since it came in (the cap counts these). */
  private readonly used = new Map<string, Set<number>>();

  constructor(
    private readonly maxPerConnection: number,
    private readonly reserveMs: number,
    private readonly now: () => number,
  ) {}

  /**
   * Whether `owner` may set the states of `setting` and remove those of `removing`.
   * `heldElsewhere` says whether an id has a state that came from another server.
   */
  check(
    owner: PresenceOwner,
    setting: readonly number[],
    removing: readonly number[],
    heldElsewhere: (clientId: number) => boolean,
  ): PresenceClaim {
    for (const clientId of [...setting, ...removing]) {
      if (!this.mayTouch(owner, clientId, heldElsewhere)) return 'taken';
    }
    const used = new Set(this.used.get(owner.peerId));
    setting.forEach((clientId) => used.add(clientId));
    return used.size > this.maxPerConnection ? 'too-many' : 'ok';
  }

  /** Records an accepted update: set ids are the owner's now, removed ones are free. */
  claim(owner: PresenceOwner, setting: readonly number[], removing: readonly number[]): void {
    let used = this.used.get(owner.peerId);
    if (!used) this.used.set(owner.peerId, (used = new Set()));
    for (const clientId of setting) {
      used.add(clientId);
      this.owners.set(clientId, owner);
      this.reserved.delete(clientId);
    }
    for (const clientId of removing) {
      if (this.owners.get(clientId)?.principal === owner.principal) this.owners.delete(clientId);
      this.reserved.delete(clientId);
    }
  }

  /** Ids the connection owns now. */
  ownedBy(peerId: string): number[] {
    return [...this.owners].filter(([, owner]) => owner.peerId === peerId).map(([id]) => id);
  }

  /** The connection left: returns its ids (their states go), kept for its person for a while. */
  leave(peerId: string): number[] {
    this.used.delete(peerId);
    const until = this.now() + this.reserveMs;
    this.dropExpiredReservations();
    const left: number[] = [];
    for (const [clientId, owner] of this.owners) {
      if (owner.peerId !== peerId) continue;
      this.owners.delete(clientId);
      this.reserved.set(clientId, { principal: owner.principal, until });
      left.push(clientId);
    }
    return left;
  }

  private mayTouch(
    owner: PresenceOwner,
    clientId: number,
    heldElsewhere: (clientId: number) => boolean,
  ): boolean {
    const current = this.owners.get(clientId);
    if (current) return current.peerId === owner.peerId || current.principal === owner.principal;
    const reservation = this.reserved.get(clientId);
    if (reservation && reservation.until > this.now()) return reservation.principal === owner.principal;
    return !heldElsewhere(clientId);
  }

  private dropExpiredReservations(): void {
    const now = this.now();
    for (const [clientId, reservation] of this.reserved) {
      if (reservation.until <= now) this.reserved.delete(clientId);
    }
  }
}
