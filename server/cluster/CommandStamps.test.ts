import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/protocol';
import { listParticipants, readMeta, workshopDocName } from '../../shared/workshop';
import type { LiveDoc } from '../docs/DocStore';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import { useTestEnv } from '../testing/testEnv';
import { waitFor } from '../testing/waitFor';
import { WorkshopRunner } from '../workshops/WorkshopRunner';
import {
  commandOf,
  connection,
  docStore,
  planWithWorkshop,
} from '../workshops/testing/runnerFixture';
import type { SqliteStorage } from '../storage/sqlite/SqliteStorage';
import { ClusterRelay } from './ClusterRelay';
import { ClusterReplicas } from './ClusterReplicas';
import { CommandStamps } from './CommandStamps';
import { MemoryBus } from './memoryBus';
import { MemoryStamps } from './memoryStamps';

const relays: ClusterRelay[] = [];
afterEach(() => relays.splice(0).forEach((relay) => relay.stop()));

/**
 * Two servers on one storage (its in-process locks stand for PostgreSQL's advisory locks), each
 * with its own relay on one bus, and one stamp store (Redis) between them.
 */
describe('CommandStamps: workshop commands on several servers', () => {
  const env = useTestEnv();

  function server(
    storage: SqliteStorage,
    bus: MemoryBus,
    stamps: MemoryStamps,
    nodeId: string,
    errors: string[],
  ) {
    const docStorage = new InstrumentedStorage(storage.docs);
    const relay = new ClusterRelay(bus.connect(), { nodeId, prefix: 't:', resyncMs: 3_600_000 });
    relays.push(relay);
    const replicas = new ClusterReplicas(relay);
    const docs = docStore(env(), docStorage, { lifecycle: replicas });
    const onError = (_error: unknown, context: string) => errors.push(context);
    const runner = new WorkshopRunner({
      docs,
      storage,
      replicas: new CommandStamps(replicas, stamps.connect(), onError),
      onError,
    });
    return { relay, replicas, docs, runner };
  }

  async function world() {
    const storage = env().sqlite();
    const bus = new MemoryBus();
    const stamps = new MemoryStamps();
    const errors: string[] = [];
    const a = server(storage, bus, stamps, 'a', errors);
    const b = server(storage, bus, stamps, 'b', errors);
    const { workshop, identities } = await planWithWorkshop(storage, a.docs, {
      kari: 'owner',
      ola: 'participant',
    });
    const doc = workshopDocName(workshop.id);
    // As the people's sessions do: each server holds the public doc open while they are in it.
    const opened: LiveDoc[] = [await a.docs.open(doc), await b.docs.open(doc)];
    env().defer(() => {
      a.docs.release(doc);
      b.docs.release(doc);
    });
    await bus.settled();
    return {
      storage,
      bus,
      stamps,
      errors,
      a,
      b,
      workshop,
      identities,
      doc,
      pubA: opened[0]!,
      pubB: opened[1]!,
    };
  }

  it('reads storage for the first command only while every command runs on one server', async () => {
    const w = await world();
    const kari = connection('s-kari', w.identities.kari!);
    await w.a.runner.entered(kari.conn, w.doc);
    // The first command finds no stamp: both documents are read (as every command did before).
    expect(w.a.replicas.storageCatchUps).toBe(2);

    for (let i = 0; i < 5; i++) {
      expect(
        await commandOf(w.a.runner, kari.conn, w.doc, {
          type: 'configure',
          title: `Verksted ${i}`,
        }),
      ).toMatchObject({ ok: true });
    }
    // Five more commands, no more reads (it was 2 per command: 12 in all).
    expect(w.a.replicas.storageCatchUps).toBe(2);
    expect(readMeta(w.pubA.doc).title).toBe('Verksted 4');
    expect(w.errors).toEqual([]);
  });

  it('reads storage after a command on the other server, and so sees it even when the relay lost it', async () => {
    const w = await world();
    const kari = connection('s-kari', w.identities.kari!);
    const ola = connection('s-ola', w.identities.ola!);
    await w.a.runner.entered(kari.conn, w.doc);
    const before = w.a.replicas.storageCatchUps;
    w.b.relay.dropLiveUpdates = true;

    await w.b.runner.entered(ola.conn, w.doc);
    await w.bus.settled();
    expect(listParticipants(w.pubA.doc).map((person) => person.name)).toEqual(['kari']);

    expect(
      await commandOf(w.a.runner, kari.conn, w.doc, { type: 'configure', title: 'Etter Ola' }),
    ).toMatchObject({ ok: true });
    expect(w.a.replicas.storageCatchUps).toBe(before + 2);
    expect(listParticipants(w.pubA.doc).map((person) => person.name)).toEqual(['kari', 'ola']);
  });

  it('does not trust a stamp from an earlier command that arrives late, even when it matches', async () => {
    const w = await world();
    const kari = connection('s-kari', w.identities.kari!);
    await w.a.runner.entered(kari.conn, w.doc);
    expect(await commandOf(w.a.runner, kari.conn, w.doc, { type: 'start' })).toMatchObject({
      ok: true,
    });
    // Refused: changes nothing, so the next stamp has the same content and a higher count.
    expect(await commandOf(w.a.runner, kari.conn, w.doc, { type: 'start' })).toMatchObject({
      ok: false,
    });
    // The ack goes out before the stamp is left (still under the lock).
    await waitFor(() => w.stamps.puts.length === 3, 'the stamp of the refused command');
    const reads = w.a.replicas.storageCatchUps;
    const late = w.stamps.puts.at(-2)!;
    expect(late.split(':')[1]).toBe(w.stamps.puts.at(-1)!.split(':')[1]);

    w.stamps.overwrite(`workshop:${w.workshop.id}`, late);
    expect(await commandOf(w.a.runner, kari.conn, w.doc, { type: 'start' })).toMatchObject({
      ok: false,
    });
    expect(w.a.replicas.storageCatchUps).toBe(reads + 2);
  });

  it('refuses a command while the stamps cannot be reached, and runs the next one once they can', async () => {
    const w = await world();
    const kari = connection('s-kari', w.identities.kari!);
    await w.a.runner.entered(kari.conn, w.doc);
    w.stamps.failing = true;

    expect(
      await commandOf(w.a.runner, kari.conn, w.doc, { type: 'configure', title: 'Uten Redis' }),
    ).toMatchObject({
      ok: false,
      code: ErrorCode.StorageFailed,
    });
    expect(readMeta(w.pubA.doc).title).toBe('Verksted');

    w.stamps.failing = false;
    expect(
      await commandOf(w.a.runner, kari.conn, w.doc, { type: 'configure', title: 'Med Redis' }),
    ).toMatchObject({ ok: true });
    expect(readMeta(w.pubA.doc).title).toBe('Med Redis');
  });
});
