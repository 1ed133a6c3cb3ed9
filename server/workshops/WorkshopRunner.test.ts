import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/protocol';
import { listParticipants, privateDocName, workshopDocName } from '../../shared/workshop';
import { useTestEnv } from '../testing/testEnv';
import { waitFor } from '../testing/waitFor';
import { WorkshopRunner } from './WorkshopRunner';
import type { WorkshopReplicas } from './WorkshopReplicas';
import {
  commandOf,
  connection,
  docStore,
  gatedStorage,
  gates,
  planWithWorkshop,
} from './testing/runnerFixture';

/** As with several servers (watching the private doc), without a second server. */
const clusteredReplicas: WorkshopReplicas = {
  clustered: true,
  beforeCommand: () => Promise.resolve(),
  afterCommand: () => Promise.resolve(),
};

describe('WorkshopRunner', () => {
  const env = useTestEnv();

  async function world(options: { maxQueuedCommands?: number } = {}) {
    const storage = env().sqlite();
    const docs = docStore(env(), storage.docs);
    const { workshop, identities } = await planWithWorkshop(storage, docs, {
      kari: 'owner',
      ola: 'participant',
    });
    const held = gates();
    const runner = new WorkshopRunner({
      docs,
      storage: gatedStorage(storage, held),
      replicas: clusteredReplicas,
      ...options,
    });
    const doc = workshopDocName(workshop.id);
    // Created and released: nothing holds the documents open from here on.
    await waitFor(
      () => !docs.isLoaded(doc) && !docs.isLoaded(privateDocName(workshop.id)),
      'the new workshop to unload',
    );
    const participants = async () => {
      const pub = await docs.open(doc);
      try {
        return listParticipants(pub.doc).map((person) => person.name);
      } finally {
        docs.release(doc);
      }
    };
    return { storage, docs, workshop, identities, held, runner, doc, participants };
  }

  describe('a person who goes while being let in', () => {
    it('is not registered, sent nothing, and holds nothing open when the connection closes while the workshop is looked up', async () => {
      const w = await world();
      const ola = connection('s-ola', w.identities.ola!);
      w.held.getWorkshop.close();
      const entering = w.runner.entered(ola.conn, w.doc);
      await waitFor(() => w.held.getWorkshop.arrived === 1, 'the workshop lookup');

      w.runner.closed(ola.conn);
      w.held.getWorkshop.release();
      await entering;

      expect(w.runner.attendeesOf(w.workshop.id)).toBe(0);
      expect(ola.views).toEqual([]);
      expect(w.docs.isLoaded(privateDocName(w.workshop.id))).toBe(false);
      expect(await commandOf(w.runner, ola.conn, w.doc, { type: 'start' })).toMatchObject({
        ok: false,
        code: ErrorCode.NotJoined,
      });
      expect(await w.participants()).toEqual([]);
    });

    it('is not joined to the workshop nor sent a view when the connection closes while the join waits for their role', async () => {
      const w = await world();
      const ola = connection('s-ola', w.identities.ola!);
      w.held.getRole.close();
      const entering = w.runner.entered(ola.conn, w.doc);
      await waitFor(() => w.held.getRole.arrived === 1, 'the role lookup of the join');

      w.runner.closed(ola.conn);
      w.held.getRole.release();
      await entering;

      expect(w.runner.attendeesOf(w.workshop.id)).toBe(0);
      expect(ola.views).toEqual([]);
      expect(await w.participants()).toEqual([]);
      await waitFor(
        () => !w.docs.isLoaded(privateDocName(w.workshop.id)),
        'the private doc to unload',
      );
    });

    it('is not registered when the connection closed while the socket was still joining the doc', async () => {
      const w = await world();
      const ola = connection('s-ola', w.identities.ola!);
      // The socket edge tells the runner only after the join is answered; the close came first.
      w.runner.closed(ola.conn);
      await w.runner.entered(ola.conn, w.doc);

      expect(w.runner.attendeesOf(w.workshop.id)).toBe(0);
      expect(ola.views).toEqual([]);
      expect(w.docs.isLoaded(privateDocName(w.workshop.id))).toBe(false);
      expect(await w.participants()).toEqual([]);
    });

    it('is not registered when the connection leaves the workshop doc while the workshop is looked up', async () => {
      const w = await world();
      const ola = connection('s-ola', w.identities.ola!);
      w.held.getWorkshop.close();
      const entering = w.runner.entered(ola.conn, w.doc);
      await waitFor(() => w.held.getWorkshop.arrived === 1, 'the workshop lookup');

      w.runner.left(ola.conn, w.doc);
      w.held.getWorkshop.release();
      await entering;

      expect(w.runner.attendeesOf(w.workshop.id)).toBe(0);
      expect(ola.views).toEqual([]);
    });

    it('is let in as usual when nothing happens meanwhile (the control)', async () => {
      const w = await world();
      const ola = connection('s-ola', w.identities.ola!);
      await w.runner.entered(ola.conn, w.doc);
      expect(w.runner.attendeesOf(w.workshop.id)).toBe(1);
      expect(ola.views).toHaveLength(1);
      expect(await w.participants()).toEqual(['ola']);
    });
  });

  describe('the command queue', () => {
    it('refuses a command once the workshop has the most commands waiting, and takes commands again once it drains', async () => {
      const w = await world({ maxQueuedCommands: 2 });
      const kari = connection('s-kari', w.identities.kari!);
      await w.runner.entered(kari.conn, w.doc);
      w.held.lock.close();

      const first = commandOf(w.runner, kari.conn, w.doc, { type: 'start' });
      const second = commandOf(w.runner, kari.conn, w.doc, {
        type: 'configure',
        title: 'Nytt navn',
      });
      const third = await commandOf(w.runner, kari.conn, w.doc, {
        type: 'configure',
        title: 'Ett til',
      });
      expect(third).toMatchObject({ ok: false, code: ErrorCode.RateLimited });

      w.held.lock.release();
      expect(await first).toMatchObject({ ok: true });
      expect(await second).toMatchObject({ ok: true });
      expect(
        await commandOf(w.runner, kari.conn, w.doc, { type: 'configure', title: 'Etterpå' }),
      ).toMatchObject({ ok: true });
    });
  });
});
