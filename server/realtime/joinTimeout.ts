/** How often an idle connection is looked at, as a share of the timeout (closes within 1¼ × it). */
const CHECKS_PER_TIMEOUT = 4;

export interface IdleWatch {
  /** Whether the connection holds anything now (a document, a workshop, an inbox) or is joining. */
  holdsSomething(): boolean;
  /** Closes it, telling the client why first. */
  close(): void;
}

/**
 * Closes a connection that has held nothing for `timeoutMs`: from its start until its first join,
 * and again after it left everything. A socket that never joins costs the server a connection and
 * does nobody any good; the client opens a new one when it next needs a document. Returns how to
 * stop watching (when the connection closes for another reason).
 */
export function closeWhenIdle(connection: IdleWatch, timeoutMs: number): () => void {
  let heldAt = Date.now();
  const timer = setInterval(
    () => {
      if (connection.holdsSomething()) {
        heldAt = Date.now();
        return;
      }
      if (Date.now() - heldAt < timeoutMs) return;
      clearInterval(timer);
      connection.close();
    },
    Math.max(1, Math.floor(timeoutMs / CHECKS_PER_TIMEOUT)),
  );
  timer.unref();
  return () => clearInterval(timer);
}
