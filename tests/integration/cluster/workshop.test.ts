import { describe, expect, it } from 'vitest';
import { WorkshopErrorCode, getActivity, listNotes, readMeta, readTally } from '../../../shared/workshop';
import type { WorkshopAck } from '../../../shared/protocol';
import type { WorkshopResponse } from '../../../shared/api/workshops';
import {
  clusterUnavailable,
  firstAdmin,
  guestCookie,
  inviteToken,
  useThreeServers,
  type NodeProcess,
} from '../../support/cluster';
import { WorkshopClient } from '../../support/workshopClient';
import { api } from '../../support/testServer';
import { waitFor } from '../../support/waitFor';

const unavailable = await clusterUnavailable('tests/integration/cluster/workshop.test.ts');

const BUDGET = 2;

const clients: WorkshopClient[] = [];
const nodes = useThreeServers(unavailable, () => clients.forEach((client) => client.close()));

function outcomeOf(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}
async function created(ack: Promise<WorkshopAck>): Promise<string> {
  const outcome = outcomeOf(await ack);
  if (outcome.type !== 'created') throw new Error(`expected created, got ${outcome.type}`);
  return outcome.id;
}

describe.skipIf(unavailable !== null)(`a workshop run across three servers${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('reaches a participant on another server, and holds the vote budget of one person voting through two servers', async () => {
    const [a, b, c] = nodes as [NodeProcess, NodeProcess, NodeProcess];
    const owner = await firstAdmin(a);
    const response = await api(a.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
      method: 'POST',
      body: { title: 'Frivillighet', goal: 'Hva skal planen prioritere?', anonymous: false, facilitatorSeesAuthors: true },
    });
    expect(response.status).toBe(201);
    const docName = ((await response.json()) as WorkshopResponse).workshop.doc;
    const connect = async (url: string, cookie: string) => {
      const client = await WorkshopClient.connect(url, cookie, docName);
      clients.push(client);
      expect(await client.join()).toMatchObject({ ok: true });
      return client;
    };

    const host = await connect(a.url, owner.cookie);
    const person = await guestCookie(b.url, await inviteToken(a.url, owner.cookie, owner.planId, 'participant'), 'Deltaker');
    // One person, two connections on two other servers.
    const onB = await connect(b.url, person);
    const onC = await connect(c.url, person);
    await waitFor(() => onB.view && onC.view, 'the private view on both servers');

    const brainstorm = await created(host.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva trengs?', timeboxMinutes: 10, clusteringBy: 'facilitators' } }));
    const vote = await created(host.command({ type: 'addActivity', activity: { kind: 'vote', prompt: 'Stem', timeboxMinutes: null, sourceActivityId: brainstorm, voteOn: 'notes', votesPerPerson: BUDGET } }));
    outcomeOf(await host.command({ type: 'start' }));
    outcomeOf(await host.command({ type: 'startActivity', activityId: brainstorm }));
    // A command sent on A reaches the participant on C.
    await waitFor(() => readMeta(onC.doc).currentActivityId === brainstorm, 'the brainstorm to show on server C');

    // Notes written through B show in the person's private view on C (the private doc is relayed).
    const texts = ['Flere benker', 'Lengre åpningstider', 'Gratis buss', 'Mer lys', 'Nye turstier', 'Åpne skolegårder'];
    for (const text of texts) {
      outcomeOf(await onB.command({ type: 'addNote', activityId: brainstorm, text }));
    }
    await waitFor(() => onC.view?.notes.length === texts.length, 'the notes in the private view on server C');
    expect(listNotes(onC.doc, brainstorm)).toEqual([]);

    outcomeOf(await host.command({ type: 'revealNotes', activityId: brainstorm }));
    outcomeOf(await host.command({ type: 'startActivity', activityId: vote }));
    await waitFor(() => readMeta(onB.doc).currentActivityId === vote && readMeta(onC.doc).currentActivityId === vote, 'the vote on B and C');
    const targets = await waitFor(() => {
      const notes = listNotes(onB.doc, brainstorm);
      return notes.length === texts.length ? notes.map((note) => note.id) : null;
    }, 'the revealed notes on B');

    // Both connections vote at once, on different notes, more than the budget between them.
    const acks = await Promise.all(
      [onB, onC, onB, onC, onB, onC].map((client, i) => client.command({ type: 'vote', activityId: vote, targetId: targets[i]! })),
    );
    expect(acks.filter((ack) => ack.ok)).toHaveLength(BUDGET);
    expect(acks.filter((ack) => !ack.ok).map((ack) => !ack.ok && ack.code)).toEqual(
      Array<string>(6 - BUDGET).fill(WorkshopErrorCode.VoteBudgetExceeded),
    );
    await waitFor(() => onB.view?.votes.length === BUDGET && onC.view?.votes.length === BUDGET, 'both views to show the votes');

    outcomeOf(await host.command({ type: 'revealVotes', activityId: vote }));
    for (const client of [host, onB, onC]) {
      const tally = await waitFor(() => {
        const t = readTally(client.doc, getActivity(client.doc, vote)!);
        return t?.kind === 'vote' && t.totals ? t : null;
      }, 'the revealed totals');
      expect(tally.cast).toBe(BUDGET);
    }
  });
});
