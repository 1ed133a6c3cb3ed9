import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getActivity, listNotes, listParticipants, readTally, type ActivityTally } from '../../shared/workshop';
import type * as Y from 'yjs';
import { startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import type { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';
import { agendaOf, connectTo, hostedWorkshop, idIn, outcomeOf, participantsSeenBy, startActivity, type HostedWorkshop } from '../support/workshopSetup';

// What a participant of an anonymous workshop could learn about others from answers and counts
// (issue #13): nothing about whose a note is, nor how many notes or which answers a removed
// person had.

let server: TestServer;
const clients: WorkshopClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
}, 60_000);

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server.dispose();
});

async function guests(workshop: HostedWorkshop, names: string[]): Promise<WorkshopClient[]> {
  const { owner } = workshop;
  const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: names.length });
  const people: WorkshopClient[] = [];
  for (const name of names) people.push(await connectTo(server, clients, await joinAsGuest(server, token, name), workshop.docName));
  await participantsSeenBy(workshop.host, names.length + 1);
  return people;
}

function tallies(doc: Y.Doc, ids: string[]): (ActivityTally | null)[] {
  return ids.map((id) => {
    const activity = getActivity(doc, id);
    return activity ? readTally(doc, activity) : null;
  });
}

describe('side channels in an anonymous workshop', () => {
  it('tells a participant probing someone else’s note id nothing', async () => {
    const workshop = await hostedWorkshop(server, clients, true);
    const agenda = await agendaOf(workshop, 2);
    const [kari, ola] = await guests(workshop, ['Kari', 'Ola']);
    await startActivity(workshop.host, agenda.brainstorm, [kari!, ola!]);
    const karis = idIn(await kari!.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Hemmelig lapp' }));
    const unused = 'ikke-en-lapp-123';
    const probes = async (noteId: string) => [
      await ola!.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Prøver', noteId }),
      await ola!.command({ type: 'editNote', noteId, text: 'Prøver' }),
      await ola!.command({ type: 'deleteNote', noteId }),
    ];
    const answers = await probes(karis);
    expect(answers.map((a) => a.ok)).toEqual([false, false, false]);
    // Word for word what a made-up id gets.
    expect(JSON.stringify(answers).replaceAll(karis, '<id>')).toBe(JSON.stringify(await probes(unused)).replaceAll(unused, '<id>'));
    // The server makes note ids; a client's own key for a resend is matched only among its own notes.
    const first = idIn(await ola!.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Min', clientKey: 'k1' }));
    expect(idIn(await ola!.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Min', clientKey: 'k1' }))).toBe(first);
    expect(idIn(await kari!.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Min', clientKey: 'k1' }))).not.toBe(first);
    await waitFor(() => kari!.view?.notes.length === 2 && ola!.view?.notes.length === 1, 'each one’s own notes');
  });

  it('changes nothing others can count when a participant is removed before the reveal', async () => {
    const workshop = await hostedWorkshop(server, clients, true);
    const { host } = workshop;
    const agenda = await agendaOf(workshop, 2);
    const [kari, ola, per] = await guests(workshop, ['Kari', 'Ola', 'Per']);
    const people = [kari!, ola!, per!];
    await startActivity(host, agenda.poll, people);
    for (const [index, person] of people.entries()) outcomeOf(await person.command({ type: 'answerPoll', activityId: agenda.poll, options: [index] }));
    await startActivity(host, agenda.brainstorm, people);
    for (const [person, count] of [[kari!, 1], [ola!, 3], [per!, 1]] as const) {
      for (let n = 0; n < count; n++) outcomeOf(await person.command({ type: 'addNote', activityId: agenda.brainstorm, text: `Lapp ${n}` }));
    }
    const ids = [agenda.brainstorm, agenda.poll];
    const before = await waitFor(() => {
      const seen = tallies(kari!.doc, ids);
      return seen[0]?.kind === 'brainstorm' && seen[0].notes === 5 ? seen : null;
    }, 'five notes counted');
    const olaId = listParticipants(host.doc).find((p) => p.name === 'Ola')!.id;
    outcomeOf(await host.command({ type: 'removeParticipant', participantId: olaId }));
    await waitFor(() => listParticipants(kari!.doc).find((p) => p.id === olaId)?.removed, 'Ola shown as removed');
    expect(tallies(kari!.doc, ids)).toEqual(before);
    expect(tallies(per!.doc, ids)).toEqual(before);
    // The reveal shows as many notes as were counted: the count never drops by Ola's share.
    outcomeOf(await host.command({ type: 'revealNotes', activityId: agenda.brainstorm }));
    await waitFor(() => listNotes(kari!.doc, agenda.brainstorm).length === 5, 'the five notes revealed');
    expect(tallies(kari!.doc, ids)).toEqual(before);
  });
});
