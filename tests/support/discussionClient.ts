import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { SyncConnection, type ClientSocket } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import { plainTextOf, textNodesOf } from '../../shared/discussion/anchors';
import { discussionDocName } from '../../shared/discussion/keys';
import { endAt, startAt } from '../../shared/discussion/testing';
import type { DiscussionSettings } from '../../shared/discussion/types';
import { discussionView, type DiscussionView } from '../../shared/discussion/view';
import type { InvitableRole } from '../../shared/auth/roles';
import { purposeFragment } from '../../shared/plan/planDoc';
import { writeParagraphs } from '../../shared/plan/richText';
import { planDocName, type DiscussionAck, type SyncAck } from '../../shared/protocol';
import { createInvite, joinAsGuest } from './people';
import { api, type TestServer } from './testServer';
import { waitFor } from './waitFor';

const ACK_TIMEOUT_MS = 10_000;

/**
 * One person with a plan open as the browser app holds it: one connection carrying the plan
 * document and its read-only discussion document (both real DocProviders), and discussion
 * commands sent over the same socket.
 */
export class DiscussionSeat {
  readonly planDoc = new Y.Doc();
  readonly discussionDoc = new Y.Doc();
  readonly plan: DocProvider;
  readonly discussion: DocProvider;

  constructor(
    readonly connection: SyncConnection,
    readonly planId: string,
  ) {
    this.plan = new DocProvider(connection, planDocName(planId), this.planDoc);
    this.discussion = new DocProvider(connection, discussionDocName(planId), this.discussionDoc);
  }

  static async open(url: string, cookie: string, planId: string): Promise<DiscussionSeat> {
    const seat = new DiscussionSeat(new SyncConnection({ url, reconnectDelayMs: 50, reconnectDelayMaxMs: 200, extraHeaders: { cookie } }), planId);
    await Promise.all([seat.plan.whenSynced(), seat.discussion.whenSynced()]);
    return seat;
  }

  view(): DiscussionView {
    return discussionView(this.discussionDoc);
  }

  /** Untyped on purpose: tests also send what no well-behaved client would. */
  command(command: unknown, doc = discussionDocName(this.planId)): Promise<DiscussionAck> {
    return ask<DiscussionAck>(this.connection.socket, 'discussionCommand', doc, command);
  }

  /** A y-protocols update sent as is, past the provider (which never sends what it may not). */
  rawUpdate(doc: string, update: Uint8Array): Promise<SyncAck> {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate);
    encoding.writeVarUint8Array(encoder, update);
    return ask<SyncAck>(this.connection.socket, 'sync', doc, encoding.toUint8Array(encoder));
  }

  /** Appends paragraphs to the purpose and waits until the server has stored them. */
  async writePurpose(paragraphs: readonly string[]): Promise<void> {
    writeParagraphs(purposeFragment(this.planDoc), paragraphs);
    await this.plan.whenSaved();
  }

  close(): void {
    this.plan.destroy();
    this.discussion.destroy();
    this.connection.close();
  }
}

/** Emits `event` and resolves with its ack; rejects when none comes (a test then says so). */
export function ask<T>(socket: ClientSocket, event: string, ...args: unknown[]): Promise<T> {
  const untyped = socket as unknown as { timeout(ms: number): { emit(event: string, ...rest: unknown[]): void } };
  return new Promise((resolve, reject) => {
    untyped.timeout(ACK_TIMEOUT_MS).emit(event, ...args, (error: Error | null, ack: T) =>
      error ? reject(new Error(`no ack for ${event} within ${ACK_TIMEOUT_MS} ms`)) : resolve(ack),
    );
  });
}

/** The purpose paragraph (text node) holding exactly `text` in this replica. */
export function paragraphIn(doc: Y.Doc, text: string): Y.XmlText {
  const node = textNodesOf(purposeFragment(doc)).find((candidate) => plainTextOf(candidate) === text);
  if (!node) throw new Error(`no purpose paragraph "${text}" in this replica`);
  return node;
}

/** Waits until the replica holds the paragraph (sent by someone else). */
export function waitForParagraph(doc: Y.Doc, text: string): Promise<Y.XmlText> {
  return waitFor(() => textNodesOf(purposeFragment(doc)).find((candidate) => plainTextOf(candidate) === text), `the paragraph "${text}"`);
}

/** A range over `word` in `text`, as the editor makes it (start sticks right, end left). */
export function rangeOver(text: Y.XmlText, word: string): { start: string; end: string } {
  const from = plainTextOf(text).indexOf(word);
  if (from < 0) throw new Error(`"${word}" is not in "${plainTextOf(text)}"`);
  return { start: startAt(text, from), end: endAt(text, from + word.length) };
}

/** The place right after `word` in `text`, for an insertion. */
export function pointAfter(text: Y.XmlText, word: string): string {
  const from = plainTextOf(text).indexOf(word);
  if (from < 0) throw new Error(`"${word}" is not in "${plainTextOf(text)}"`);
  return startAt(text, from + word.length);
}

export function okOutcome(ack: DiscussionAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}

export async function createdId(ack: Promise<DiscussionAck>): Promise<string> {
  const outcome = okOutcome(await ack);
  if (outcome.type !== 'created') throw new Error(`expected created, got ${outcome.type}`);
  return outcome.id;
}

/** A refusal's code only (the English message is for developers). */
export function refusalOf(ack: DiscussionAck | SyncAck): { ok: boolean; code?: string } {
  return ack.ok ? { ok: true } : { ok: false, code: ack.code };
}

/** Runs `read` on the server's own live replica of `docName`. */
export async function onServer<T>(server: TestServer, docName: string, read: (doc: Y.Doc) => T): Promise<T> {
  const live = await server.medverk.docs.open(docName);
  try {
    return read(live.doc);
  } finally {
    server.medverk.docs.release(docName);
  }
}

/** The server's whole state of a document, to show that a refusal changed nothing. */
export function serverState(server: TestServer, docName: string): Promise<string> {
  return onServer(server, docName, (doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'));
}

export function serverDiscussion(server: TestServer, planId: string): Promise<DiscussionView> {
  return onServer(server, discussionDocName(planId), discussionView);
}

/**
 * Someone invited by link with `role` (a guest: quicker to make than a staff login), and the
 * id the discussion knows them by.
 */
export async function invitedPerson(server: TestServer, ownerCookie: string, planId: string, role: InvitableRole, name: string): Promise<{ cookie: string; personId: string }> {
  const { token } = await createInvite(server, ownerCookie, planId, { role, expiresInHours: 24, maxUses: 1 });
  const cookie = await joinAsGuest(server, token, name);
  const guest = (await server.medverk.storage.invites.listGuests(planId)).find((candidate) => candidate.displayName === name);
  if (!guest) throw new Error(`no guest named ${name} in the plan`);
  return { cookie, personId: `guest-${guest.id}` };
}

/**
 * The owner changes the plan's discussion settings: through the settings route when the server
 * has one, else as the route would (storage, then an access change for open connections).
 */
export async function setDiscussionSettings(server: TestServer, ownerCookie: string, planId: string, settings: Partial<DiscussionSettings>): Promise<void> {
  const { storage, auth } = server.medverk;
  const next = { ...(await storage.plans.getDiscussionSettings(planId)), ...settings };
  const response = await api(server.url, ownerCookie)(`/api/plans/${planId}/discussion/settings`, { method: 'PUT', body: next });
  if (response.status === 404) {
    await storage.plans.setDiscussionSettings(planId, next);
    auth.changes.publish({ kind: 'plan', planId });
  } else if (response.status !== 200) {
    throw new Error(`changing the discussion settings failed: ${response.status} ${await response.text()}`);
  }
}
