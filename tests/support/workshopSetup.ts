import { expect } from 'vitest';
import type { WorkshopAck } from '../../shared/protocol';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { listParticipants, readMeta } from '../../shared/workshop';
import { api, ownerWithPlan, type TestServer } from './testServer';
import { WorkshopClient } from './workshopClient';
import { waitFor } from './waitFor';

/** A workshop in a new plan of a new owner, with the owner's socket joined as its host. */
export interface HostedWorkshop {
  owner: { cookie: string; planId: string; userId: string };
  id: string;
  docName: string;
  host: WorkshopClient;
}

export async function hostedWorkshop(server: TestServer, clients: WorkshopClient[], anonymous: boolean): Promise<HostedWorkshop> {
  const owner = await ownerWithPlan(server);
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Verksted', goal: '', anonymous, facilitatorSeesAuthors: false },
  });
  expect(response.status).toBe(201);
  const { workshop } = (await response.json()) as WorkshopResponse;
  const host = await connectTo(server, clients, owner.cookie, workshop.doc);
  await waitFor(() => host.view, 'the host’s private view');
  return { owner, id: workshop.id, docName: workshop.doc, host };
}

export async function connectTo(server: TestServer, clients: WorkshopClient[], cookie: string, docName: string): Promise<WorkshopClient> {
  const client = await WorkshopClient.connect(server.url, cookie, docName);
  clients.push(client);
  expect(await client.join()).toEqual({ ok: true, access: 'read' });
  return client;
}

export function outcomeOf(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}

/** The id a `created` or `noteAdded` ack carries. */
export function idIn(ack: WorkshopAck): string {
  const outcome = outcomeOf(ack);
  if (outcome.type === 'created') return outcome.id;
  if (outcome.type === 'noteAdded') return outcome.noteId;
  throw new Error(`no id in ${outcome.type}`);
}

/** The host adds a brainstorm, a vote on its notes (`budget` each) and a poll, and starts. */
export async function agendaOf(workshop: HostedWorkshop, budget: number) {
  const { host } = workshop;
  const brainstorm = idIn(await host.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva trengs?', timeboxMinutes: null, clusteringBy: 'facilitators' } }));
  const vote = idIn(await host.command({ type: 'addActivity', activity: { kind: 'vote', prompt: 'Stem', timeboxMinutes: null, sourceActivityId: brainstorm, voteOn: 'notes', votesPerPerson: budget } }));
  const poll = idIn(await host.command({ type: 'addActivity', activity: { kind: 'poll', prompt: 'Enig?', timeboxMinutes: null, options: ['Ja', 'Nei', 'Vet ikke'], multiple: false } }));
  outcomeOf(await host.command({ type: 'start' }));
  return { brainstorm, vote, poll };
}

/** The host starts `activityId` and waits until `clients` show it as current. */
export async function startActivity(host: WorkshopClient, activityId: string, clients: WorkshopClient[]): Promise<void> {
  outcomeOf(await host.command({ type: 'startActivity', activityId }));
  await waitFor(() => [host, ...clients].every((c) => readMeta(c.doc).currentActivityId === activityId), 'the activity to be current everywhere');
}

export async function participantsSeenBy(client: WorkshopClient, count: number): Promise<void> {
  await waitFor(() => listParticipants(client.doc).length === count, `${count} participants in the list`);
}

/** The `name=value` of a Set-Cookie header of `response`, or null. */
export function cookieFrom(response: Response, name: string): string | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return cookie ? cookie.split(';')[0]! : null;
}
