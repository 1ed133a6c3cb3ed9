import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nowMs } from '../lib/clock';
import { spread, withClientProcesses, type ClientProcess } from '../lib/fleet';
import { sleep } from '../lib/proc';
import {
  createMedverkPlan,
  startServer,
  type RunningServer,
  type ServerAddress,
  type ServerName,
  type ServerOptions,
} from '../lib/servers';
import type { Row } from '../lib/report';
import { label } from './editingStorm';

export interface RoomsOptions {
  rooms: number;
  clientsPerRoom: number;
  clientProcesses: number;
  server: ServerOptions;
}

const FIELD = 'rooms';
/** Connections being opened at once, over all client processes. */
const IN_FLIGHT = 100;

/**
 * W2: `rooms` documents with `clientsPerRoom` clients each, connecting with 100 connections in
 * flight at a time. Samples are each client's time from creating it until it is synced; "all
 * synced" is the time from the first connection to the last sync. Then every client types one
 * token and each room must converge. The RSS column is the server's resident
 * memory growth from before the first connection to the end, per connection, in kB.
 */
export async function manyRooms(name: ServerName, options: RoomsOptions): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-w2-${name}-`));
  const server = await startServer(name, dataDir, options.server);
  try {
    const docs = await documents(server, name, options.rooms);
    const address: ServerAddress = { name, urls: server.urls, cookie: server.cookie };
    const connections = options.rooms * options.clientsPerRoom;
    return await withClientProcesses(options.clientProcesses, async (processes) => {
      // A room's clients are spread over the processes too; client i goes to node i mod nodes.
      const groups = spread(connections, processes.length);
      const roomOf = (index: number) => Math.floor(index / options.clientsPerRoom);
      await sleep(500); // let the server settle after the set-up requests before reading its RSS
      const before = server.stats();
      const startAt = nowMs();
      const times = await Promise.all(
        processes.map((p, i) => {
          const byRoom = new Map<number, number[]>();
          for (const index of groups[i]!)
            byRoom.set(roomOf(index), [...(byRoom.get(roomOf(index)) ?? []), index]);
          const rooms = [...byRoom].map(([room, indices]) => ({ docName: docs[room]!, indices }));
          return p.call('roomsConnect', {
            server: address,
            rooms,
            inFlight: Math.ceil(IN_FLIGHT / processes.length),
          });
        }),
      );
      const samples = times.flat().map(([started, synced]) => synced - started);
      const allSynced = Math.max(...times.flat().map(([, synced]) => synced)) - startAt;
      await Promise.all(processes.map((p) => p.call('roomsEdit', { field: FIELD })));
      const same = await roomsConverge(processes, options.clientsPerRoom, 30_000);
      const after = server.stats();
      const perConnectionKb = ((after.peakRssMb - before.rssMb) * 1024) / connections;
      return {
        server: label(name, options),
        samples,
        cpuSeconds: after.cpuSeconds - before.cpuSeconds,
        peakRssMb: perConnectionKb,
        converged: `${same ? 'yes' : 'no'}; all synced in ${(allSynced / 1000).toFixed(2)} s; RSS ${before.rssMb.toFixed(0)}→${after.peakRssMb.toFixed(0)} MB`,
      };
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Medverk's documents are plans made over HTTP (each starts from the plan template); anchors take any name. */
async function documents(
  server: RunningServer,
  name: ServerName,
  rooms: number,
): Promise<string[]> {
  if (name !== 'medverk') return Array.from({ length: rooms }, (_, i) => `w2-room-${i}`);
  const names: string[] = [];
  for (let i = 0; i < rooms; i += 8) {
    const batch = Array.from({ length: Math.min(8, rooms - i) }, (_, k) =>
      createMedverkPlan(server, `W2 rom ${i + k}`),
    );
    names.push(...(await Promise.all(batch)));
  }
  return names;
}

/** True once, in every room, every client holds all of the room's tokens and the same state. */
async function roomsConverge(
  processes: ClientProcess[],
  perRoom: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = (
      await Promise.all(processes.map((p) => p.call('roomsState', { field: FIELD })))
    ).flat();
    const byDoc = new Map<string, string[]>();
    let complete = true;
    for (const { doc, state, tokens } of states) {
      if (tokens !== perRoom) complete = false;
      byDoc.set(doc, [...(byDoc.get(doc) ?? []), state]);
    }
    if (complete && [...byDoc.values()].every((list) => list.every((s) => s === list[0])))
      return true;
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
}
