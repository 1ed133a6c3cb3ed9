import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type {
  DiscussionPeopleResponse,
  DiscussionSettingsResponse,
  SinceLastVisitResponse,
  ThreadsSeenResponse,
} from '../../shared/api/discussion';
import { applyDiscussionCommand, type DiscussionActor } from '../../shared/discussion/apply';
import { textNodesOf } from '../../shared/discussion/anchors';
import { parseDiscussionCommand } from '../../shared/discussion/commands';
import { discussionDocName } from '../../shared/discussion/keys';
import { startAt } from '../../shared/discussion/testing';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../shared/discussion/types';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { newId } from '../../shared/plan/items';
import { purposeFragment } from '../../shared/plan/planDoc';
import { ErrorCode, PROTOCOL_VERSION, planDocName, type JoinResult, type SyncAck } from '../../shared/protocol';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { createInvite, joinAsGuest } from '../support/people';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import { addMember, api, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { waitFor } from '../support/waitFor';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
const closers: (() => void)[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
});

afterEach(async () => {
  closers.splice(0).forEach((close) => close());
  await server.dispose();
});

const call = (cookie: string | null) => api(server.url, cookie);
const path = (rest: string) => `/api/plans/${owner.planId}${rest}`;

async function guest(role: 'editor' | 'observer' | 'participant' | 'facilitator', name: string): Promise<{ cookie: string; inviteId: string }> {
  const { token, id } = await createInvite(server, owner.cookie, owner.planId, { role, expiresInHours: 24, maxUses: 5 });
  return { cookie: await joinAsGuest(server, token, name), inviteId: id };
}

async function staffEditor(name: string): Promise<{ cookie: string; id: string }> {
  const email = `${newId()}@asker.kommune.no`;
  const { id } = await createStaff(server, { email, name, password: 'riktig-passord-1' });
  await addMember(server, owner.planId, id, 'editor');
  return { cookie: await loginCookie(server.url, email, 'riktig-passord-1'), id };
}

async function json<T>(response: Promise<Response>, status = 200): Promise<T> {
  const answer = await response;
  expect(answer.status, await answer.clone().text()).toBe(status);
  return (await answer.json()) as T;
}

/** Applies a command to the plan's discussion server-side, as the command runner would. */
async function discuss(actor: DiscussionActor, input: unknown, now = Date.now()): Promise<string> {
  const parsed = parseDiscussionCommand(input);
  if (!parsed.ok) throw new Error(`bad command: ${parsed.message}`);
  const docs = server.medverk.docs;
  const discussion = await docs.open(discussionDocName(owner.planId));
  const plan = await docs.open(planDocName(owner.planId));
  try {
    let counter = 0;
    const result = applyDiscussionCommand(discussion.doc, plan.doc, actor, parsed.command, {
      now,
      newId: () => `${newId()}${++counter}`,
      settings: DEFAULT_DISCUSSION_SETTINGS,
      isMember: () => true,
    });
    if (!result.ok) throw new Error(`command refused: ${result.code} ${result.message}`);
    return result.outcome.type === 'created' ? result.outcome.id : '';
  } finally {
    docs.release(discussionDocName(owner.planId));
    docs.release(planDocName(owner.planId));
  }
}

function planClient(cookie: string): TestClient {
  const client = connectClient(server.url, planDocName(owner.planId), cookie);
  closers.push(() => client.close());
  return client;
}

describe('people', () => {
  it('lists the plan’s readers of the discussion, never participants or guests whose link was withdrawn', async () => {
    const eva = await staffEditor('Eva Redaktør');
    const olav = await guest('observer', 'Olav Observatør');
    const pia = await guest('participant', 'Pia Deltaker');
    const gone = await guest('editor', 'Gunnar Borte');
    expect((await call(owner.cookie)(path(`/invites/${gone.inviteId}`), { method: 'DELETE' })).status).toBe(204);

    const answer = await json<DiscussionPeopleResponse>(call(olav.cookie)(path('/discussion/people')));
    expect(answer.me.name).toBe('Olav Observatør');
    expect(answer.me.id).toMatch(/^guest-/);
    expect(answer.people.map((p) => [p.name, p.role])).toEqual([
      ['Eva Redaktør', 'editor'],
      ['Olav Observatør', 'observer'],
      ['Saksbehandler', 'owner'],
    ]);
    expect(answer.people.find((p) => p.role === 'owner')?.id).toBe(`user-${owner.userId}`);
    expect(answer.people.find((p) => p.role === 'editor')?.id).toBe(`user-${eva.id}`);

    expect((await call(pia.cookie)(path('/discussion/people'))).status).toBe(403);
    expect((await call(null)(path('/discussion/people'))).status).toBe(401);
    expect((await call(owner.cookie)('/api/plans/nosuchplan/discussion/people')).status).toBe(404);
    const other = await ownerWithPlan(server, 'Annen plan');
    expect((await call(other.cookie)(path('/discussion/people'))).status).toBe(403);
  });
});

describe('settings', () => {
  it('only the owner changes them; everyone who reads the plan reads them; the change is audited', async () => {
    const editor = await guest('editor', 'Eva');
    const observer = await guest('observer', 'Olav');
    const participant = await guest('participant', 'Pia');
    const settings = { observersMayComment: true, editorsMayDecide: true, suggestOnly: false };
    expect(await json<DiscussionSettingsResponse>(call(observer.cookie)(path('/discussion/settings')))).toEqual({ settings: DEFAULT_DISCUSSION_SETTINGS });
    expect((await call(participant.cookie)(path('/discussion/settings'))).status).toBe(403);
    for (const cookie of [editor.cookie, observer.cookie]) {
      expect((await call(cookie)(path('/discussion/settings'), { method: 'PUT', body: settings })).status).toBe(403);
    }
    for (const body of [{ ...settings, suggestOnly: 'yes' }, { observersMayComment: true }, { ...settings, extra: true }, null]) {
      expect((await call(owner.cookie)(path('/discussion/settings'), { method: 'PUT', body })).status).toBe(400);
    }
    expect(await json<DiscussionSettingsResponse>(call(owner.cookie)(path('/discussion/settings'), { method: 'PUT', body: settings }))).toEqual({ settings });
    expect(await json<DiscussionSettingsResponse>(call(editor.cookie)(path('/discussion/settings')))).toEqual({ settings });
    const audit = await json<{ entries: { action: string; detail: Record<string, unknown> }[] }>(call(owner.cookie)(path('/audit')));
    expect(audit.entries.filter((e) => e.action === 'discussion.settings').map((e) => e.detail)).toEqual([expect.objectContaining(settings)]);
  });

  it('suggest-only turns an open editor’s plan access to read at once, refuses its edits, and back', async () => {
    const editor = await guest('editor', 'Eva');
    const client = planClient(editor.cookie);
    await client.provider.whenSynced();
    expect(client.provider.access).toBe('write');
    const put = (suggestOnly: boolean) =>
      call(owner.cookie)(path('/discussion/settings'), { method: 'PUT', body: { ...DEFAULT_DISCUSSION_SETTINGS, suggestOnly } });

    expect((await put(true)).status).toBe(200);
    await waitFor(() => client.provider.access === 'read', 'the editor’s access to become read');

    const socket: ClientSocket = rawSocket(server.url, editor.cookie);
    closers.push(() => socket.disconnect());
    await waitFor(() => socket.connected, 'the socket to connect');
    type Emit = { emit(...args: unknown[]): void };
    const join = await new Promise<JoinResult>((resolve) =>
      (socket as unknown as Emit).emit('join', { doc: planDocName(owner.planId), protocol: PROTOCOL_VERSION }, resolve),
    );
    expect(join).toEqual({ ok: true, access: 'read' });
    const edit = new Y.Doc();
    addFocusArea(edit, { title: 'Smuglet inn' });
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(edit));
    const ack = await new Promise<SyncAck>((resolve) =>
      (socket as unknown as Emit).emit('sync', planDocName(owner.planId), encoding.toUint8Array(encoder), resolve),
    );
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });

    // The owner still edits directly.
    const ownerClient = planClient(owner.cookie);
    await ownerClient.provider.whenSynced();
    expect(ownerClient.provider.access).toBe('write');

    expect((await put(false)).status).toBe(200);
    await waitFor(() => client.provider.access === 'write', 'the editor’s access to become write again');
  });
});

describe('since last visit', () => {
  it('tells a reader what changed and what was said since their previous visit, then starts anew', async () => {
    const eva = await staffEditor('Eva Redaktør');
    const olav = await guest('observer', 'Olav Observatør');
    const evaActor: DiscussionActor = { person: { id: `user-${eva.id}`, name: 'Eva Redaktør' }, role: 'editor' };
    const ownerActor: DiscussionActor = { person: { id: `user-${owner.userId}`, name: 'Saksbehandler' }, role: 'owner' };
    const since = (cookie: string) => json<SinceLastVisitResponse>(call(cookie)(path('/since-last-visit')));
    const visit = async (cookie: string) => expect((await call(cookie)(path('/visit'), { method: 'POST' })).status).toBe(204);

    // Before the visits: a purpose paragraph to suggest on, and a thread that is old news.
    const editorClient = planClient(eva.cookie);
    await editorClient.provider.whenSynced();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Alle skal kunne delta.')]);
    purposeFragment(editorClient.doc).insert(0, [paragraph]);
    await editorClient.provider.whenSaved();
    const oldThread = await discuss(ownerActor, { type: 'startThread', section: { kind: 'purpose' }, body: 'Er formålet klart nok?' }, Date.now() - 60_000);

    expect((await since(olav.cookie)).lastVisitAt).toBeNull();
    await visit(olav.cookie);
    await visit(owner.cookie);
    const first = await since(olav.cookie);
    expect(first.lastVisitAt).toEqual(expect.any(Number));
    expect(first).toMatchObject({ sections: [], newThreads: [], newReplies: [] });

    // After: Eva adds a focus area, opens a thread on it, replies in the old one and suggests.
    const areaId = addFocusArea(editorClient.doc, { title: 'Møteplasser' });
    await editorClient.provider.whenSaved();
    const later = Math.max(Date.now(), first.lastVisitAt! + 1);
    const thread = await discuss(evaActor, { type: 'startThread', section: { kind: 'item', id: areaId }, body: 'Bør bibliotekene nevnes?' }, later);
    await discuss(evaActor, { type: 'reply', threadId: oldThread, body: 'Ja, men kort.' }, later);
    const purposeText = await (async () => {
      const live = await server.medverk.docs.open(planDocName(owner.planId));
      try {
        return startAt(textNodesOf(purposeFragment(live.doc))[0]!, 0);
      } finally {
        server.medverk.docs.release(planDocName(owner.planId));
      }
    })();
    const suggestion = await discuss(evaActor, { type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'insert', at: purposeText, text: 'Nesten ' } }, later);

    // The edit log is written in the background: wait for it.
    const seen = await waitFor(async () => {
      const answer = await since(olav.cookie);
      return answer.sections.length > 0 ? answer : null;
    }, 'the focus area edit to show since the last visit');
    expect(seen.sections).toEqual([
      { sectionKey: `area:${areaId}`, kind: 'area', section: { kind: 'item', id: areaId }, number: '1', title: 'Møteplasser', removed: false, editors: ['Eva Redaktør'] },
    ]);
    expect(seen.newThreads).toEqual([{ threadId: thread, section: { kind: 'item', id: areaId }, author: evaActor.person }]);
    expect(seen.newReplies).toEqual([{ threadId: oldThread, count: 1 }]);
    // An observer may not decide; the owner may, and is the one the suggestion waits for.
    expect(seen.suggestionsWaiting).toEqual([]);
    const forOwner = await since(owner.cookie);
    expect(forOwner.suggestionsWaiting).toEqual([{ suggestionId: suggestion, section: { kind: 'purpose' }, author: evaActor.person }]);

    // What the author made is not news to her; a new visit starts from now.
    const forEva = await since(eva.cookie);
    expect(forEva).toMatchObject({ lastVisitAt: null, newThreads: [] });
    await visit(olav.cookie);
    const again = await since(olav.cookie);
    expect(again.lastVisitAt!).toBeGreaterThanOrEqual(first.lastVisitAt!);
    expect(again).toMatchObject({ sections: [], newThreads: [], newReplies: [] });
    expect((await call(null)(path('/since-last-visit'))).status).toBe(401);
    expect((await call((await guest('participant', 'Pia')).cookie)(path('/visit'), { method: 'POST' })).status).toBe(403);
  });
});

describe('seen threads', () => {
  it('keeps each person’s seen marks, the later time winning', async () => {
    const olav = await guest('observer', 'Olav');
    const eva = await guest('editor', 'Eva');
    const seen = (cookie: string) => json<ThreadsSeenResponse>(call(cookie)(path('/discussion/seen')));
    const mark = (cookie: string, body: unknown) => call(cookie)(path('/discussion/seen'), { method: 'POST', body });

    expect(await seen(olav.cookie)).toEqual({ seen: {} });
    expect((await mark(olav.cookie, { threads: [{ threadId: 't1', at: 100 }, { threadId: 't2', at: 200 }] })).status).toBe(204);
    expect((await mark(olav.cookie, { threads: [{ threadId: 't1', at: 50 }, { threadId: 't3', at: 300 }] })).status).toBe(204);
    expect(await seen(olav.cookie)).toEqual({ seen: { t1: 100, t2: 200, t3: 300 } });
    expect(await seen(eva.cookie)).toEqual({ seen: {} });

    for (const body of [{ threads: [] }, { threads: [{ threadId: 'a:b', at: 1 }] }, { threads: [{ threadId: 't', at: -1 }] }, {}]) {
      expect((await mark(olav.cookie, body)).status).toBe(400);
    }
    const participant = await guest('participant', 'Pia');
    expect((await mark(participant.cookie, { threads: [{ threadId: 't1', at: 1 }] })).status).toBe(403);
    expect((await call(participant.cookie)(path('/discussion/seen'))).status).toBe(403);
  });
});
