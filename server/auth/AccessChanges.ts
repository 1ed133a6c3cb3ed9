/**
 * Tells live connections that rights changed, so a role change or a revoked link takes effect
 * at once rather than at the next join. In-process now; the scale-out relay will forward it.
 */
export type AccessChange =
  /** Someone's role in the plan changed, or someone was removed: recheck everyone in it. */
  | { kind: 'plan'; planId: string }
  /** These sessions no longer exist: close their connections. */
  | { kind: 'sessions'; tokenHashes: readonly string[] };

export class AccessChanges {
  private readonly listeners = new Set<(change: AccessChange) => void>();

  subscribe(listener: (change: AccessChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: AccessChange): void {
    this.listeners.forEach((listener) => listener(change));
  }
}
