import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainTextOf } from '../../shared/discussion/anchors';
import { discussionDocName, threadsMap } from '../../shared/discussion/keys';
import { Limits, PROTOCOL_VERSION, planDocName, type DiscussionAck, type JoinResult, type WorkshopAck } from '../../shared/protocol';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { purposeFragment } from '../../shared/plan/planDoc';
import { writeParagraphs } from '../../shared/plan/richText';
import type { WorkshopResponse } from '../../shared/api/workshops';
import type { PromoteResponse } from '../../shared/api/workshopResults';
import { rawSocket } from '../support/syncClient';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { waitFor } from '../support/waitFor';
import { WorkshopClient } from '../support/workshopClient';
import {
  DiscussionSeat,
  ask,
  createdId,
  invitedPerson,
  okOutcome,
  onServer,
  paragraphIn,
  pointAfter,
  rangeOver,
  refusalOf,
  serverDiscussion,
  serverState,
  setDiscussionSettings,
  waitForParagraph,
} from '../support/discussionClient';

const PARAGRAPH = 'Kommunen skal styrke frivilligheten i alle bydeler.';

let server: TestServer;
const closers: (() => void)[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
}, 30_000);

afterEach(async () => {
  closers.splice(0).forEach((close) => close());
  await server.dispose();
});

interface Member {
  seat: DiscussionSeat;
  personId: string;
  cookie: string;
}

async function seat(cookie: string, planId: string): Promise<DiscussionSeat> {
  const opened = await DiscussionSeat.open(server.url, cookie, planId);
  closers.push(() => opened.close());
  return opened;
}

/** A plan whose purpose holds PARAGRAPH (stored), with its owner, an editor and a facilitator connected. */
async function team() {
  const created = await ownerWithPlan(server);
  const { planId } = created;
  const ownerSeat = await seat(created.cookie, planId);
  await ownerSeat.writePurpose([PARAGRAPH]);
  const member = async (role: 'editor' | 'facilitator', name: string): Promise<Member> => {
    const person = await invitedPerson(server, created.cookie, planId, role, name);
    return { ...person, seat: await seat(person.cookie, planId) };
  };
  const owner: Member = { seat: ownerSeat, personId: `user-${created.userId}`, cookie: created.cookie };
  return { planId, owner, editor: await member('editor', 'Kari Redaktør'), facilitator: await member('facilitator', 'Per Fasilitator') };
}

/** Someone else invited by the owner, with a cookie only (not connected). */
async function guest(owner: Member, planId: string, role: 'observer' | 'participant', name: string): Promise<string> {
  return (await invitedPerson(server, owner.cookie, planId, role, name)).cookie;
}

/** Both documents exactly as the server holds them, to show that a refusal changed nothing. */
async function bothStates(planId: string): Promise<string[]> {
  return [await serverState(server, discussionDocName(planId)), await serverState(server, planDocName(planId))];
}

const codeOf = async (ack: Promise<DiscussionAck>) => refusalOf(await ack);
const refused = (code: string) => ({ ok: false, code });

describe('discussion commands over real sockets', () => {
  it('lets owner, editor and facilitator start threads on a text range, and reply, resolve and reopen, seen live elsewhere', async () => {
    const { planId, owner, editor, facilitator } = await team();
    const observer = await seat(await guest(owner, planId, 'observer', 'Olav Observatør'), planId);
    const started: string[] = [];
    for (const [who, word] of [[owner, 'styrke'], [editor, 'frivilligheten'], [facilitator, 'alle bydeler']] as const) {
      // Positions from the person's own replica, made after the paragraph reached the server.
      const range = rangeOver(paragraphIn(who.seat.planDoc, PARAGRAPH), word);
      started.push(await createdId(who.seat.command({ type: 'startThread', section: { kind: 'purpose' }, range, body: `Om «${word}»` })));
    }
    const seen = await waitFor(() => (observer.view().threads.length === 3 ? observer.view().threads : null), 'the three threads on the observer’s screen');
    expect(seen.map((thread) => [thread.id, thread.author.id, thread.anchor.range?.quote, thread.messages.map((m) => m.body)])).toEqual([
      [started[0], owner.personId, 'styrke', ['Om «styrke»']],
      [started[1], editor.personId, 'frivilligheten', ['Om «frivilligheten»']],
      [started[2], facilitator.personId, 'alle bydeler', ['Om «alle bydeler»']],
    ]);
    expect(seen[1]).toMatchObject({ author: { name: 'Kari Redaktør' }, anchor: { section: { kind: 'purpose' } }, resolved: null, suggestionId: null, provenance: null });

    const [thread] = started as [string];
    const replyId = await createdId(editor.seat.command({ type: 'reply', threadId: thread, body: 'Enig, men hva med idretten?', mentions: [owner.personId] }));
    okOutcome(await facilitator.seat.command({ type: 'resolveThread', threadId: thread }));
    await waitFor(() => observer.view().threads[0]?.resolved?.by.id === facilitator.personId, 'the resolved thread on the observer’s screen');
    expect(observer.view().threads[0]!.messages.map((m) => [m.id, m.author.id, m.mentions])).toEqual([
      [expect.any(String) as string, owner.personId, []],
      [replyId, editor.personId, [owner.personId]],
    ]);
    expect(await codeOf(owner.seat.command({ type: 'resolveThread', threadId: thread }))).toEqual(refused('invalid-transition'));
    okOutcome(await owner.seat.command({ type: 'reopenThread', threadId: thread }));
    await waitFor(() => observer.view().threads[0]?.resolved === null, 'the reopened thread on the observer’s screen');
    expect(await serverDiscussion(server, planId)).toEqual(observer.view());
  });

  it('refuses an observer, unless the owner lets observers comment', async () => {
    const { planId, owner, editor } = await team();
    const observer = await seat(await guest(owner, planId, 'observer', 'Olav Observatør'), planId);
    const thread = await createdId(owner.seat.command({ type: 'startThread', section: { kind: 'purpose' }, body: 'Innspill?' }));
    const range = rangeOver(paragraphIn(observer.planDoc, PARAGRAPH), 'frivilligheten');
    const before = await bothStates(planId);
    expect(await codeOf(observer.command({ type: 'startThread', section: { kind: 'purpose' }, range, body: 'Jeg vil mene noe' }))).toEqual(refused('forbidden'));
    expect(await codeOf(observer.command({ type: 'reply', threadId: thread, body: 'Og her' }))).toEqual(refused('forbidden'));
    expect(await codeOf(observer.command({ type: 'resolveThread', threadId: thread }))).toEqual(refused('forbidden'));
    expect(await codeOf(observer.command({ type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'insert', at: range.start, text: 'x' } }))).toEqual(refused('forbidden'));
    expect(await bothStates(planId)).toEqual(before);

    await setDiscussionSettings(server, owner.cookie, planId, { observersMayComment: true });
    const own = await createdId(observer.command({ type: 'startThread', section: { kind: 'purpose' }, range, body: 'Nå kan jeg mene noe' }));
    okOutcome(await observer.command({ type: 'reply', threadId: thread, body: 'Og her' }));
    // Commenting is all the setting allows: an observer still never suggests changes.
    expect(await codeOf(observer.command({ type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'insert', at: range.start, text: 'x' } }))).toEqual(refused('forbidden'));
    const mine = await waitFor(() => editor.seat.view().threads.find((t) => t.id === own), 'the observer’s thread on the editor’s screen');
    expect(mine.author.id).toMatch(/^guest-/);
    expect(mine.author.name).toBe('Olav Observatør');
  });

  it('keeps a workshop participant out: forbidden at join, not-joined without it', async () => {
    const { planId, owner, editor } = await team();
    const socket = rawSocket(server.url, await guest(owner, planId, 'participant', 'Dina Deltaker'));
    closers.push(() => socket.disconnect());
    await waitFor(() => socket.connected, 'the participant’s socket');
    const before = await bothStates(planId);
    const join = await ask<JoinResult>(socket, 'join', { doc: discussionDocName(planId), protocol: PROTOCOL_VERSION });
    expect(refusalOf(join)).toEqual(refused('forbidden'));
    const command = { type: 'startThread', section: { kind: 'purpose' }, body: 'Slipper jeg inn?' };
    expect(refusalOf(await ask<DiscussionAck>(socket, 'discussionCommand', discussionDocName(planId), command))).toEqual(refused('not-joined'));
    // A member who has not joined this discussion is no different; nor is a command aimed at the plan itself.
    const elsewhere = await ownerWithPlan(server, 'En annen plan');
    expect(await codeOf(editor.seat.command(command, discussionDocName(elsewhere.planId)))).toEqual(refused('not-joined'));
    expect(await codeOf(editor.seat.command(command, planDocName(planId)))).toEqual(refused('unknown-document'));
    expect(await bothStates(planId)).toEqual(before);
  });

  it('lets only its author edit or delete a message', async () => {
    const { planId, owner, editor } = await team();
    const thread = await createdId(owner.seat.command({ type: 'startThread', section: { kind: 'purpose' }, body: 'Eierens innspill' }));
    const messageId = (await serverDiscussion(server, planId)).threads[0]!.messages[0]!.id;
    const before = await bothStates(planId);
    expect(await codeOf(editor.seat.command({ type: 'editMessage', messageId, body: 'Endret av en annen' }))).toEqual(refused('not-author'));
    expect(await codeOf(editor.seat.command({ type: 'deleteMessage', messageId }))).toEqual(refused('not-author'));
    expect(await bothStates(planId)).toEqual(before);
    okOutcome(await owner.seat.command({ type: 'editMessage', messageId, body: 'Eierens innspill, rettet' }));
    okOutcome(await owner.seat.command({ type: 'deleteMessage', messageId }));
    const [message] = (await serverDiscussion(server, planId)).threads.find((t) => t.id === thread)!.messages;
    expect(message).toMatchObject({ body: '', editedAt: expect.any(Number) as number, deletedAt: expect.any(Number) as number });
  });

  it('refuses a comment too long, too many or unknown mentions, and malformed commands, changing nothing', async () => {
    const { planId, editor, facilitator } = await team();
    const send = (command: unknown) => codeOf(editor.seat.command(command));
    const start = { type: 'startThread', section: { kind: 'purpose' } };
    const before = await bothStates(planId);
    expect(await send({ ...start, body: 'x'.repeat(10_001) })).toEqual(refused('too-long'));
    const crowd = Array.from({ length: 21 }, (_, i) => `user-person${i}`);
    expect(await send({ ...start, body: 'Hei alle', mentions: crowd })).toEqual(refused('too-many-mentions'));
    expect(await send({ ...start, body: 'Hei', mentions: ['user-not-on-this-plan'] })).toEqual(refused('unknown-mention'));
    const malformed: unknown[] = [
      { ...start, body: 'Fra noen andre', author: { id: facilitator.personId, name: 'Per Fasilitator' } },
      { ...start, body: 'Tilbakedatert', createdAt: 0 },
      { ...start, body: 'Sitat', range: { start: 'AAAA', end: 'AAAA', quote: 'egen tekst' } },
      { type: 'shout', body: 'Hei' },
      { ...start },
      { ...start, body: '   ' },
      'startThread',
      null,
    ];
    for (const command of malformed) expect(await send(command), JSON.stringify(command)).toEqual(refused('bad-command'));
    expect(await bothStates(planId)).toEqual(before);
    // The limits themselves are allowed.
    okOutcome(await editor.seat.command({ ...start, body: 'x'.repeat(10_000), mentions: [facilitator.personId] }));
  });

  it('refuses a range into text the server never received (bad-anchor)', async () => {
    const { planId, editor } = await team();
    // A copy of the editor's replica that never goes online: its paragraph reaches no server.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(editor.seat.planDoc));
    writeParagraphs(purposeFragment(offline), ['Aldri sendt til tjeneren']);
    const unsent = paragraphIn(offline, 'Aldri sendt til tjeneren');
    const range = rangeOver(unsent, 'sendt');
    const text = paragraphIn(editor.seat.planDoc, PARAGRAPH);
    const backwards = { start: rangeOver(text, 'bydeler').start, end: rangeOver(text, 'Kommunen').end };
    const before = await bothStates(planId);
    const purpose = { kind: 'purpose' } as const;
    for (const command of [
      { type: 'startThread', section: purpose, range, body: 'Om noe usendt' },
      { type: 'startThread', section: purpose, range: backwards, body: 'Baklengs' },
      { type: 'suggest', section: purpose, change: { kind: 'insert', at: pointAfter(unsent, 'Aldri'), text: ' noensinne' } },
      { type: 'suggest', section: purpose, change: { kind: 'delete', ...range } },
    ]) {
      expect(await codeOf(editor.seat.command(command)), command.type).toEqual(refused('bad-anchor'));
    }
    expect(await bothStates(planId)).toEqual(before);
  });

  it('applies an accepted suggestion to everyone’s plan and leaves a rejected one’s text alone', async () => {
    const { planId, owner, editor, facilitator } = await team();
    const text = paragraphIn(editor.seat.planDoc, PARAGRAPH);
    const section = { kind: 'purpose' } as const;
    const insertion = await createdId(editor.seat.command({ type: 'suggest', section, change: { kind: 'insert', at: pointAfter(text, 'frivilligheten'), text: ' og idretten' } }));
    const deletion = await createdId(editor.seat.command({ type: 'suggest', section, change: { kind: 'delete', ...rangeOver(text, ' i alle bydeler') } }));
    expect((await serverDiscussion(server, planId)).suggestions.map((s) => [s.id, s.status, s.change.kind === 'delete' ? s.change.quote : s.change.text])).toEqual([
      [insertion, 'open', ' og idretten'],
      [deletion, 'open', ' i alle bydeler'],
    ]);
    expect(okOutcome(await owner.seat.command({ type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId: insertion } }))).toEqual({ type: 'decided', decided: [insertion], failed: [] });
    expect(okOutcome(await owner.seat.command({ type: 'decide', decision: 'reject', which: { kind: 'one', suggestionId: deletion } }))).toEqual({ type: 'decided', decided: [deletion], failed: [] });
    const expected = 'Kommunen skal styrke frivilligheten og idretten i alle bydeler.';
    await waitForParagraph(facilitator.seat.planDoc, expected);
    expect(await onServer(server, planDocName(planId), (doc) => plainTextOf(paragraphIn(doc, expected)))).toBe(expected);
    await waitFor(() => facilitator.seat.view().suggestions.every((s) => s.status !== 'open'), 'the decisions on the facilitator’s screen');
    expect(facilitator.seat.view().suggestions.map((s) => [s.id, s.status, s.decided?.by.id])).toEqual([
      [insertion, 'accepted', owner.personId],
      [deletion, 'rejected', owner.personId],
    ]);
    expect(await codeOf(owner.seat.command({ type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId: deletion } }))).toEqual(refused('already-decided'));
  });

  it('refuses an editor deciding on a suggestion, unless the owner lets editors decide', async () => {
    const { planId, owner, editor, facilitator } = await team();
    const text = paragraphIn(editor.seat.planDoc, PARAGRAPH);
    const suggestion = await createdId(editor.seat.command({ type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'delete', ...rangeOver(text, ' i alle bydeler') } }));
    const accept = { type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId: suggestion } };
    const before = await bothStates(planId);
    expect(await codeOf(editor.seat.command(accept))).toEqual(refused('forbidden'));
    expect(await codeOf(facilitator.seat.command(accept))).toEqual(refused('forbidden'));
    expect(await bothStates(planId)).toEqual(before);
    await setDiscussionSettings(server, owner.cookie, planId, { editorsMayDecide: true });
    expect(await codeOf(facilitator.seat.command(accept))).toEqual(refused('forbidden'));
    expect(okOutcome(await editor.seat.command(accept))).toEqual({ type: 'decided', decided: [suggestion], failed: [] });
    await waitForParagraph(owner.seat.planDoc, 'Kommunen skal styrke frivilligheten.');
  });

  it('in suggest-only mode refuses an editor’s direct edit but takes the suggestion; the owner still edits', async () => {
    const { planId, owner, editor, facilitator } = await team();
    await setDiscussionSettings(server, owner.cookie, planId, { suggestOnly: true });
    await waitFor(() => editor.seat.plan.access === 'read' && facilitator.seat.plan.access === 'read', 'editor and facilitator to become read-only');
    expect(owner.seat.plan.access).toBe('write');
    // What the editor's own replica would have sent, sent anyway (the provider no longer sends).
    const attempt = new Y.Doc();
    Y.applyUpdate(attempt, Y.encodeStateAsUpdate(editor.seat.planDoc));
    writeParagraphs(purposeFragment(attempt), ['Direkte fra redaktøren']);
    const update = Y.encodeStateAsUpdate(attempt, Y.encodeStateVector(editor.seat.planDoc));
    const before = await serverState(server, planDocName(planId));
    expect(refusalOf(await editor.seat.rawUpdate(planDocName(planId), update))).toEqual(refused('read-only'));
    expect(await serverState(server, planDocName(planId))).toBe(before);

    const text = paragraphIn(editor.seat.planDoc, PARAGRAPH);
    const suggestion = await createdId(editor.seat.command({ type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'insert', at: pointAfter(text, 'frivilligheten'), text: ' og idretten' } }));
    await waitFor(() => owner.seat.view().suggestions.some((s) => s.id === suggestion && s.status === 'open'), 'the suggestion on the owner’s screen');
    await owner.seat.writePurpose(['Eieren skriver fortsatt selv.']);
    await waitForParagraph(facilitator.seat.planDoc, 'Eieren skriver fortsatt selv.');
  });

  it('refuses a Yjs update to the discussion document over sync, applying nothing', async () => {
    const { planId, owner, editor } = await team();
    await createdId(owner.seat.command({ type: 'startThread', section: { kind: 'purpose' }, body: 'Ekte tråd' }));
    await waitFor(() => editor.seat.view().threads.length === 1, 'the thread on the editor’s screen');
    // A thread forged on the editor's own copy, as a client that writes the document would.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(editor.seat.discussionDoc));
    const real = threadsMap(forged).get(editor.seat.view().threads[0]!.id) as object;
    threadsMap(forged).set('forged', { ...real, id: 'forged' });
    const update = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(editor.seat.discussionDoc));
    const before = await serverState(server, discussionDocName(planId));
    // Clients only ever read this document: refused as a write, before any shape rule is asked.
    expect(refusalOf(await editor.seat.rawUpdate(discussionDocName(planId), update))).toEqual(refused('read-only'));
    expect(refusalOf(await owner.seat.rawUpdate(discussionDocName(planId), update))).toEqual(refused('read-only'));
    expect(await serverState(server, discussionDocName(planId))).toBe(before);
    expect(owner.seat.view().threads.map((t) => t.id)).not.toContain('forged');
  });

  it('answers a burst over the limit with rate-limited acks, and keeps serving', async () => {
    const { planId, editor } = await team();
    const thread = await createdId(editor.seat.command({ type: 'startThread', section: { kind: 'purpose' }, body: 'Første' }));
    const burst = Limits.discussionCommandBurst * 2;
    const acks = await Promise.all(Array.from({ length: burst }, (_, i) => editor.seat.command({ type: 'reply', threadId: thread, body: `Svar ${i}` })));
    const passed = acks.filter((ack) => ack.ok).length;
    expect(acks.filter((ack) => !ack.ok).map((ack) => refusalOf(ack))).toEqual(Array(burst - passed).fill(refused('rate-limited')));
    expect(burst - passed).toBeGreaterThanOrEqual(Limits.discussionCommandBurst / 2);
    expect((await serverDiscussion(server, planId)).threads[0]!.messages).toHaveLength(1 + passed);
    await waitFor(async () => (await editor.seat.command({ type: 'reply', threadId: thread, body: 'Etter pausen' })).ok, 'a command to pass again');
    expect(editor.seat.connection.connected).toBe(true);
  });

  it('turns a workshop result promoted as a comment into a thread with its provenance', async () => {
    const { planId, owner, editor } = await team();
    const response = await api(server.url, owner.cookie)(`/api/plans/${planId}/workshops`, {
      method: 'POST',
      body: { title: 'Nærmiljøverksted', goal: 'Hva trengs?', anonymous: false, facilitatorSeesAuthors: true },
    });
    expect(response.status).toBe(201);
    const workshop = ((await response.json()) as WorkshopResponse).workshop;
    const host = await WorkshopClient.connect(server.url, owner.cookie, workshop.doc);
    closers.push(() => host.close());
    expect((await host.join()).ok).toBe(true);
    const id = (ack: WorkshopAck) => {
      if (ack.ok && ack.outcome.type === 'created') return ack.outcome.id;
      if (ack.ok && ack.outcome.type === 'noteAdded') return ack.outcome.noteId;
      throw new Error(`workshop command: ${JSON.stringify(ack)}`);
    };
    const activityId = id(await host.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva trengs i nærmiljøet?', timeboxMinutes: null, clusteringBy: 'facilitators' } }));
    for (const command of [{ type: 'start' }, { type: 'startActivity', activityId }, { type: 'revealNotes', activityId }]) expect((await host.command(command)).ok).toBe(true);
    const noteId = id(await host.command({ type: 'addNote', activityId, text: 'Flere benker' }));
    const focusAreaId = addFocusArea(owner.seat.planDoc, { title: 'Møteplasser' });
    await owner.seat.plan.whenSaved();

    const promoted = await api(server.url, owner.cookie)(`/api/workshops/${workshop.id}/promote`, {
      method: 'POST',
      body: { source: { kind: 'note', noteId }, target: { kind: 'comment', itemId: focusAreaId }, text: 'Flere benker ved biblioteket' },
    });
    expect(promoted.status).toBe(201);
    const { commentId } = (await promoted.json()) as PromoteResponse;
    const thread = await waitFor(() => editor.seat.view().threads.find((t) => t.id === commentId), 'the promoted thread on the editor’s screen');
    expect(thread).toMatchObject({
      author: { id: owner.personId },
      anchor: { section: { kind: 'item', id: focusAreaId }, range: null },
      provenance: { workshopId: workshop.id, workshopTitle: 'Nærmiljøverksted', activityId, activityPrompt: 'Hva trengs i nærmiljøet?', contributors: 1 },
    });
    expect(thread.messages.map((m) => m.body)).toEqual(['Flere benker ved biblioteket']);
  });
});
