import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopAck } from '../../shared/protocol';
import { planDocName } from '../../shared/protocol';
import type { WorkshopResponse } from '../../shared/api/workshops';
import type { PromoteResponse, PromoteTargetsResponse } from '../../shared/api/workshopResults';
import { discussionDocName } from '../../shared/discussion/keys';
import { discussionView } from '../../shared/discussion/view';
import { listParticipants } from '../../shared/workshop/people';
import { listFocusAreas } from '../../shared/plan/focusAreas';
import { provenanceOf } from '../../shared/plan/provenance';
import { fragmentToPlainText } from '../../shared/plan/richText';
import { listStrategies } from '../../shared/plan/strategies';
import { readZip } from '../../server/export/testSupport/zip';
import { createInvite, joinAsGuest } from '../support/people';
import { connectClient, type TestClient } from '../support/syncClient';
import { addMember, api, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { waitFor } from '../support/waitFor';
import { WorkshopClient } from '../support/workshopClient';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let guests: { cookie: string }[] = [];
let host: WorkshopClient;
const clients: WorkshopClient[] = [];
let planClient: TestClient | null = null;

/** The open workshop: brainstorm → revealed vote on its themes. */
const open = { id: '', cluster: '', notes: [] as string[] };
/** The anonymous one: a revealed brainstorm only. */
const anonymous = { id: '' };

function outcomeOf(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}
async function idOf(ack: Promise<WorkshopAck>): Promise<string> {
  const outcome = outcomeOf(await ack);
  if (outcome.type === 'created') return outcome.id;
  if (outcome.type === 'noteAdded') return outcome.noteId;
  throw new Error(`no id in ${outcome.type}`);
}

async function createWorkshop(title: string, isAnonymous: boolean): Promise<string> {
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title, goal: 'Hva skal planen prioritere?', anonymous: isAnonymous, facilitatorSeesAuthors: false },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as WorkshopResponse).workshop.id;
}

async function joined(cookie: string, workshopId: string): Promise<WorkshopClient> {
  const client = await WorkshopClient.connect(server.url, cookie, `workshop:${workshopId}`);
  clients.push(client);
  expect((await client.join()).ok).toBe(true);
  await waitFor(() => client.view, 'the private view');
  return client;
}

/** Runs a brainstorm in which each guest writes the given notes, revealed as they come. */
async function brainstorm(workshopId: string, notes: string[][], vote: boolean) {
  const lead = await joined(owner.cookie, workshopId);
  const activityId = await idOf(lead.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva trengs i nærmiljøet?', timeboxMinutes: null, clusteringBy: 'facilitators' } }));
  const voteId = vote
    ? await idOf(lead.command({ type: 'addActivity', activity: { kind: 'vote', prompt: 'Hva er viktigst?', timeboxMinutes: null, sourceActivityId: activityId, voteOn: 'clusters', votesPerPerson: 2 } }))
    : null;
  const people = await Promise.all(guests.map((guest) => joined(guest.cookie, workshopId)));
  outcomeOf(await lead.command({ type: 'start' }));
  outcomeOf(await lead.command({ type: 'startActivity', activityId }));
  outcomeOf(await lead.command({ type: 'revealNotes', activityId }));
  const ids: string[] = [];
  for (const [index, texts] of notes.entries()) {
    for (const text of texts) ids.push(await idOf(people[index]!.command({ type: 'addNote', activityId, text })));
  }
  return { lead, people, activityId, voteId, noteIds: ids };
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for nærmiljø');
  const names = ['Kari Nordmann', 'Ola Hansen'];
  guests = [];
  for (const name of names) {
    const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 1 });
    guests.push({ cookie: await joinAsGuest(server, token, name) });
  }

  open.id = await createWorkshop('Nærmiljøverksted', false);
  const run = await brainstorm(open.id, [['Flere benker, gjerne ved biblioteket', '=HYPERLINK("http://x")'], ['Bedre lys på stien']], true);
  host = run.lead;
  open.notes = run.noteIds;
  open.cluster = await idOf(host.command({ type: 'createCluster', activityId: run.activityId, title: 'Trygge møteplasser' }));
  for (const noteId of [open.notes[0]!, open.notes[2]!]) outcomeOf(await host.command({ type: 'moveNote', noteId, clusterId: open.cluster }));
  outcomeOf(await host.command({ type: 'startActivity', activityId: run.voteId! }));
  for (const person of run.people) outcomeOf(await person.command({ type: 'vote', activityId: run.voteId!, targetId: open.cluster }));
  outcomeOf(await host.command({ type: 'revealVotes', activityId: run.voteId! }));

  anonymous.id = await createWorkshop('Anonymt verksted', true);
  await brainstorm(anonymous.id, [['Hemmelig forslag fra Kari'], ['Ola sitt forslag']], false);
}, 120_000);

afterAll(async () => {
  clients.forEach((client) => client.close());
  planClient?.close();
  await server.dispose();
});

describe('workshop results over HTTP', () => {
  it('downloads the notes as CSV: BOM, quoting, formula guard and authors in an open workshop', async () => {
    const response = await api(server.url, owner.cookie)(`/api/workshops/${open.id}/results.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="naermiljoverksted.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    const [header, ...rows] = csv.split('\r\n').filter(Boolean);
    expect(header).toBe('Aktivitet,Gruppe,Tema,Lapp,Stemmer,Stemmer på temaet,Skrevet av');
    expect(rows).toHaveLength(3);
    expect(rows).toContain('Hva trengs i nærmiljøet?,,Trygge møteplasser,"Flere benker, gjerne ved biblioteket",0,2,Kari Nordmann');
    expect(rows).toContain(`Hva trengs i nærmiljøet?,,,"'=HYPERLINK(""http://x"")",0,0,Kari Nordmann`);
  });

  it('leaves authors out of an anonymous workshop’s CSV and Markdown entirely', async () => {
    const csv = await (await api(server.url, owner.cookie)(`/api/workshops/${anonymous.id}/results.csv`)).text();
    // Response.text() drops the BOM, as any UTF-8 decoder does.
    expect(csv.split('\r\n')[0]).toBe('Aktivitet,Gruppe,Tema,Lapp,Stemmer,Stemmer på temaet');
    expect(csv).toContain('Hemmelig forslag fra Kari');
    expect(csv).not.toContain('Kari Nordmann');
    expect(csv).not.toContain('Ola Hansen');
    const md = await (await api(server.url, owner.cookie)(`/api/workshops/${anonymous.id}/results.md?lang=en`)).text();
    expect(md).toContain('# Anonymt verksted');
    expect(md).toContain('The workshop is anonymous');
    expect(md).not.toContain('Kari Nordmann');
  });

  it('sums up the open workshop in Markdown: goal, agenda, themes, ranked votes, participants', async () => {
    const response = await api(server.url, owner.cookie)(`/api/workshops/${open.id}/results.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    const md = await response.text();
    expect(md).toContain('**Mål:** Hva skal planen prioritere?');
    expect(md).toContain('## Program');
    expect(md).toContain('### Trygge møteplasser (stemmer: 2)');
    expect(md).toContain('1\\. Trygge møteplasser — stemmer: 2');
    expect(md).toContain('Deltakere: 2');
  });

  it('refuses participants (403), strangers (404) and bad bodies (400)', async () => {
    const guest = guests[0]!.cookie;
    expect((await api(server.url, guest)(`/api/workshops/${open.id}/results.csv`)).status).toBe(403);
    expect((await api(server.url, guest)(`/api/workshops/${open.id}/promote`, { method: 'POST', body: { source: { kind: 'cluster', clusterId: open.cluster }, target: { kind: 'focusArea' }, text: 'X' } })).status).toBe(403);
    const stranger = await ownerWithPlan(server, 'En annen plan');
    expect((await api(server.url, stranger.cookie)(`/api/workshops/${open.id}/results.md`)).status).toBe(404);
    expect((await api(server.url, null)(`/api/workshops/${open.id}/results.csv`)).status).toBe(401);
    const promote = (body: unknown) => api(server.url, owner.cookie)(`/api/workshops/${open.id}/promote`, { method: 'POST', body });
    expect((await promote({})).status).toBe(400);
    expect((await promote({ source: { kind: 'cluster', clusterId: open.cluster }, target: { kind: 'strategy' }, text: 'X' })).status).toBe(400);
    expect((await promote({ source: { kind: 'cluster', clusterId: open.cluster }, target: { kind: 'focusArea' }, text: '   ' })).status).toBe(400);
    expect((await promote({ source: { kind: 'cluster', clusterId: 'nope' }, target: { kind: 'focusArea' }, text: 'X' })).status).toBe(404);
    expect((await api(server.url, owner.cookie)(`/api/workshops/${open.id}/results.csv?lang=de`)).status).toBe(400);
  });

  it('lets an editor download results', async () => {
    const { id } = await createStaff(server, { email: 'redaktor@asker.kommune.no', name: 'Redaktør', password: 'riktig-passord-1' });
    await addMember(server, owner.planId, id, 'editor');
    const editor = await loginCookie(server.url, 'redaktor@asker.kommune.no', 'riktig-passord-1');
    expect((await api(server.url, editor)(`/api/workshops/${open.id}/results.csv`)).status).toBe(200);
  });

  it('lets the results page read a workshop without joining it as a participant (watchOnly)', async () => {
    const { id } = await createStaff(server, { email: 'leser@asker.kommune.no', name: 'Leser Lie', password: 'riktig-passord-2' });
    await addMember(server, owner.planId, id, 'editor');
    const cookie = await loginCookie(server.url, 'leser@asker.kommune.no', 'riktig-passord-2');
    const watcher = await WorkshopClient.connect(server.url, cookie, `workshop:${open.id}`);
    try {
      expect(await watcher.join(undefined, { watchOnly: true })).toEqual({ ok: true, access: 'read' });
      await waitFor(() => listParticipants(watcher.doc).length > 0, 'the workshop state to arrive');
      // Someone who joins after the watcher shows up on the watcher's copy; the watcher never does.
      const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 1, maxUses: 1 });
      const late = await joined(await joinAsGuest(server, token, 'Sen Deltaker'), open.id);
      late.close();
      await waitFor(() => listParticipants(watcher.doc).some((person) => person.name === 'Sen Deltaker'), 'the late participant');
      expect(listParticipants(watcher.doc).map((person) => person.name)).not.toContain('Leser Lie');
    } finally {
      watcher.close();
    }
  });

  it('audit-logs the downloads', async () => {
    const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/audit`);
    const { entries } = (await response.json()) as { entries: { action: string; detail: Record<string, unknown> }[] };
    expect(entries.some((entry) => entry.action === 'plan.exported' && entry.detail.workshopId === open.id && entry.detail.format === 'csv')).toBe(true);
  });
});

describe('using results in the plan', () => {
  let focusAreaId = '';
  let strategyId = '';

  it('puts a theme into the live plan as a focus area that a connected editor receives at once', async () => {
    planClient = connectClient(server.url, planDocName(owner.planId), owner.cookie);
    await waitFor(() => planClient?.provider.synced, 'the plan doc to sync');
    const response = await api(server.url, owner.cookie)(`/api/workshops/${open.id}/promote`, {
      method: 'POST',
      body: { source: { kind: 'cluster', clusterId: open.cluster }, target: { kind: 'focusArea' }, text: 'Trygge\nmøteplasser' },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as PromoteResponse;
    focusAreaId = body.itemId;
    // Two notes by two different people in the theme, two votes for it.
    expect(body.provenance).toMatchObject({ workshopId: open.id, workshopTitle: 'Nærmiljøverksted', activityPrompt: 'Hva trengs i nærmiljøet?', votes: 2, contributors: 2 });
    const doc = planClient.doc;
    await waitFor(() => provenanceOf(doc, focusAreaId), 'the focus area to reach the editor');
    expect(listFocusAreas(doc).find((area) => area.id === focusAreaId)?.title.toString()).toBe('Trygge møteplasser');
    expect(JSON.stringify(body)).not.toContain('guest');
  });

  it('puts a note into a focus area as a strategy, and another as a comment on it', async () => {
    const targets = (await (await api(server.url, owner.cookie)(`/api/workshops/${open.id}/promote-targets`)).json()) as PromoteTargetsResponse;
    expect(targets.focusAreas.map((area) => area.id)).toContain(focusAreaId);
    const promote = (body: unknown) => api(server.url, owner.cookie)(`/api/workshops/${open.id}/promote`, { method: 'POST', body });
    const strategy = await promote({ source: { kind: 'note', noteId: open.notes[2] }, target: { kind: 'strategy', focusAreaId }, text: 'Bedre lys på stien' });
    expect(strategy.status).toBe(201);
    strategyId = ((await strategy.json()) as PromoteResponse).itemId;
    const comment = await promote({ source: { kind: 'note', noteId: open.notes[0] }, target: { kind: 'comment', itemId: strategyId }, text: 'Flere benker' });
    expect(comment.status).toBe(201);
    const { commentId } = (await comment.json()) as PromoteResponse;
    // A comment is a thread in the plan's discussion, started by who promoted it, with its origin.
    const discussionName = discussionDocName(owner.planId);
    const live = await server.medverk.docs.open(discussionName);
    const thread = discussionView(live.doc).threads.find((candidate) => candidate.id === commentId);
    server.medverk.docs.release(discussionName);
    expect(thread).toMatchObject({
      anchor: { section: { kind: 'item', id: strategyId }, range: null },
      provenance: { workshopId: open.id, contributors: 1 },
      messages: [{ body: 'Flere benker' }],
    });
    const doc = planClient!.doc;
    await waitFor(() => listStrategies(doc, focusAreaId).some((made) => made.id === strategyId), 'the strategy to reach the editor');
    const [made] = listStrategies(doc, focusAreaId);
    expect(made && fragmentToPlainText(made.body)).toBe('Bedre lys på stien');
    expect(provenanceOf(doc, strategyId)).toMatchObject({ votes: 0, contributors: 1 });
  });

  it('carries the provenance into the plan’s Markdown, HTML and DOCX exports', async () => {
    const get = (format: string) => api(server.url, owner.cookie)(`/api/plans/${owner.planId}/export?format=${format}`);
    const md = await (await get('md')).text();
    expect(md).toContain('Strategienes opphav i verksteder');
    expect(md).toMatch(/\| 1 \| Nærmiljøverksted \| Hva trengs i nærmiljøet\? \| 2 \| 2 \|/);
    expect(md).toMatch(/\| 1\.1 \| Nærmiljøverksted \| Hva trengs i nærmiljøet\? \| 0 \| 1 \|/);
    const html = await (await get('html')).text();
    expect(html).toContain('Nærmiljøverksted');
    const docx = Buffer.from(await (await get('docx')).arrayBuffer());
    const xml = readZip(docx).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Strategienes opphav i verksteder');
    expect(xml).toContain('Nærmiljøverksted');
  });
});

describe('a theme whose notes were voted on (issue #14)', () => {
  it('brings the votes its notes got into the plan and the CSV’s theme column', async () => {
    const workshopId = await createWorkshop('Prioriteringsverksted', false);
    const lead = await joined(owner.cookie, workshopId);
    const brainstormId = await idOf(lead.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva savner du?', timeboxMinutes: null, clusteringBy: 'facilitators' } }));
    const voteId = await idOf(lead.command({ type: 'addActivity', activity: { kind: 'vote', prompt: 'Hva haster mest?', timeboxMinutes: null, sourceActivityId: brainstormId, voteOn: 'notes', votesPerPerson: 3 } }));
    const [kari, ola] = await Promise.all(guests.map((guest) => joined(guest.cookie, workshopId)));
    outcomeOf(await lead.command({ type: 'start', firstActivity: true }));
    outcomeOf(await lead.command({ type: 'revealNotes', activityId: brainstormId }));
    const lys = await idOf(kari!.command({ type: 'addNote', activityId: brainstormId, text: 'Lys i parken' }));
    const benk = await idOf(ola!.command({ type: 'addNote', activityId: brainstormId, text: 'Benker' }));
    const kafe = await idOf(ola!.command({ type: 'addNote', activityId: brainstormId, text: 'Kafé' }));
    // One vote per note each: the two notes of the coming theme get 4 of the 5 votes.
    outcomeOf(await lead.command({ type: 'startActivity', activityId: voteId }));
    for (const [person, targets] of [[kari!, [lys, benk, kafe]], [ola!, [lys, benk]]] as const) {
      for (const targetId of targets) outcomeOf(await person.command({ type: 'vote', activityId: voteId, targetId }));
    }
    outcomeOf(await lead.command({ type: 'revealVotes', activityId: voteId }));
    // The theme is made afterwards, back on the brainstorm's board.
    outcomeOf(await lead.command({ type: 'startActivity', activityId: brainstormId }));
    const theme = await idOf(lead.command({ type: 'createCluster', activityId: brainstormId, title: 'Trivsel i parken' }));
    for (const noteId of [lys, benk]) outcomeOf(await lead.command({ type: 'moveNote', noteId, clusterId: theme }));

    const csv = await (await api(server.url, owner.cookie)(`/api/workshops/${workshopId}/results.csv`)).text();
    const rows = csv.split('\r\n');
    expect(rows).toContain('Hva savner du?,,Trivsel i parken,Lys i parken,2,4,Kari Nordmann');
    expect(rows).toContain('Hva savner du?,,Trivsel i parken,Benker,2,4,Ola Hansen');
    expect(rows).toContain('Hva savner du?,,,Kafé,1,0,Ola Hansen');

    const response = await api(server.url, owner.cookie)(`/api/workshops/${workshopId}/promote`, {
      method: 'POST',
      body: { source: { kind: 'cluster', clusterId: theme }, target: { kind: 'focusArea' }, text: 'Trivsel i parken' },
    });
    expect(response.status).toBe(201);
    const { itemId, provenance } = (await response.json()) as PromoteResponse;
    expect(provenance).toMatchObject({ workshopTitle: 'Prioriteringsverksted', activityPrompt: 'Hva savner du?', votes: 4, contributors: 2 });
    const live = await server.medverk.docs.open(planDocName(owner.planId));
    try {
      expect(provenanceOf(live.doc, itemId)).toMatchObject({ votes: 4, activityPrompt: 'Hva savner du?' });
    } finally {
      server.medverk.docs.release(planDocName(owner.planId));
    }
  });
});
