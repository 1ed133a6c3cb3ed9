import type { DiscussionCommandInput } from '../../../shared/discussion/commands';
import type { SectionRef } from '../../../shared/discussion/types';
import type { DiscussionSendResult } from '../discussion/useDiscussion';

/** One suggestion as sent: positions are encoded Yjs relative positions. */
export type OutgoingChange = { kind: 'insert'; at: string; text: string } | { kind: 'delete'; start: string; end: string };

export interface OutgoingPart {
  /** Chosen here, so the editor can tell when the stored suggestion has arrived. */
  id: string;
  change: OutgoingChange;
}

export type SendCommand = (command: DiscussionCommandInput) => Promise<DiscussionSendResult>;

export type SendOutcome = { ok: true } | { ok: false; error: string | null };

/**
 * Sends the parts of one edit (deletions first, then the insertion), one after the other. When
 * the server refuses one, the parts it already stored are withdrawn, so a "replace this with
 * that" never stays half-done.
 */
export async function sendSuggestion(send: SendCommand, section: SectionRef, parts: readonly OutgoingPart[]): Promise<SendOutcome> {
  const stored: string[] = [];
  for (const part of parts) {
    const result = await send({ type: 'suggest', suggestionId: part.id, section, change: part.change });
    if (!result.ok) {
      for (const id of stored.reverse()) await send({ type: 'withdraw', suggestionId: id });
      return { ok: false, error: result.error };
    }
    stored.push(part.id);
  }
  return { ok: true };
}
