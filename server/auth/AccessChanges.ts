/**
 * Tells live connections that rights changed, so a role change or a revoked link takes effect
 * at once rather than at the next join. With several servers (server/cluster/), every change
 * published on one is forwarded to the others, whose connections are rechecked the same way.
 */
export type AccessChange =
  /** Someone's role in the plan changed, or someone was removed: recheck everyone in it. */
  | { kind: 'plan'; planId: string }
  /** These sessions no longer exist: close their connections. */
  | { kind: 'sessions'; tokenHashes: readonly string[] }
  /** A person (`user:<id>` / `guest:<id>`) chose a presence colour: re-render their presence. */
  | { kind: 'presence'; principal: string; color: string | null };

export class AccessChanges {
  private readonly listeners = new Set<(change: AccessChange) => void>();
  private forward: ((change: AccessChange) => void) | null = null;

  subscribe(listener: (change: AccessChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A change made on this server: tell its listeners and the other servers. */
  publish(change: AccessChange): void {
    this.receive(change);
    this.forward?.(change);
  }

  /** A change made on another server: tell this server's listeners only (never forwarded back). */
  receive(change: AccessChange): void {
    this.listeners.forEach((listener) => listener(change));
  }

  /** From now on, every change published here is also handed to `send` (the cluster's channel). */
  forwardTo(send: (change: AccessChange) => void): void {
    this.forward = send;
  }
}
