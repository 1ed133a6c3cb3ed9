import type { Role } from '../../../shared/auth/roles';
import type { WorkshopAck } from '../../../shared/protocol';
import type { MyPrivateView } from '../../../shared/workshop';
import type { Identity } from '../../auth/identity';
import { DocStore, type DocStoreOptions } from '../../docs/DocStore';
import type {
  DocStorage,
  LockStorage,
  MemberStorage,
  Storage,
  WorkshopRecord,
  WorkshopStorage,
} from '../../storage/Storage';
import type { TestEnv } from '../../testing/testEnv';
import { createWorkshop } from '../createWorkshop';
import type { RunnerDeps, WorkshopConnection } from '../WorkshopRunner';

/** A step a test holds open until it chooses to let it go on (instead of sleeping). */
export class Gate {
  /** Calls that reached the gate. */
  arrived = 0;
  private open = true;
  private waiting: (() => void)[] = [];

  close(): void {
    this.open = false;
  }

  release(): void {
    this.open = true;
    this.waiting.splice(0).forEach((resolve) => resolve());
  }

  pass(): Promise<void> {
    this.arrived++;
    return this.open ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** Gates in front of the awaited steps of letting someone in and running a command. */
export interface RunnerGates {
  getWorkshop: Gate;
  getRole: Gate;
  lock: Gate;
}

/** The runner's storage with a gate in front of the steps the tests hold open. */
export function gatedStorage(storage: Storage, gates: RunnerGates): RunnerDeps['storage'] {
  const workshops: WorkshopStorage = {
    createWorkshop: (workshop) => storage.workshops.createWorkshop(workshop),
    getWorkshop: async (id) => {
      await gates.getWorkshop.pass();
      return storage.workshops.getWorkshop(id);
    },
    listWorkshops: (planId) => storage.workshops.listWorkshops(planId),
    renameWorkshop: (id, title) => storage.workshops.renameWorkshop(id, title),
  };
  const members: MemberStorage = {
    setRole: (planId, userId, role) => storage.members.setRole(planId, userId, role),
    getRole: async (planId, userId) => {
      await gates.getRole.pass();
      return storage.members.getRole(planId, userId);
    },
    listMembers: (planId) => storage.members.listMembers(planId),
    removeMember: (planId, userId) => storage.members.removeMember(planId, userId),
    planIdsOf: (userId) => storage.members.planIdsOf(userId),
  };
  const locks: LockStorage = {
    withLock: async (key, fn) => {
      await gates.lock.pass();
      return storage.locks.withLock(key, fn);
    },
    tryWithLock: (key, fn) => storage.locks.tryWithLock(key, fn),
  };
  return { workshops, members, invites: storage.invites, locks };
}

export const gates = (): RunnerGates => ({
  getWorkshop: new Gate(),
  getRole: new Gate(),
  lock: new Gate(),
});

export function docStore(
  env: TestEnv,
  storage: DocStorage,
  options: Partial<DocStoreOptions> = {},
): DocStore {
  const docs = new DocStore(storage, {
    unloadDelayMs: 0,
    compactAfterUpdates: 10_000,
    compactAfterBytes: 10_000_000,
    maxConcurrentLoads: 4,
    ...options,
  });
  env.defer(() => docs.close().then(() => undefined));
  return docs;
}

/** A plan `p` with one member per role given, and a workshop in it. */
export async function planWithWorkshop(
  storage: Storage,
  docs: DocStore,
  people: Record<string, Role>,
): Promise<{ workshop: WorkshopRecord; identities: Record<string, Identity> }> {
  await storage.plans.createPlan(
    { id: 'p', title: 'P', municipality: 'Asker', createdAt: 1, updatedAt: 1 },
    'plan:p',
    new Uint8Array([0, 0]),
  );
  const identities: Record<string, Identity> = {};
  for (const [name, role] of Object.entries(people)) {
    const user = {
      id: name,
      email: `${name}@asker.kommune.no`,
      name,
      passwordHash: null,
      isAdmin: false,
      createdAt: 1,
    };
    await storage.accounts.createUser(user);
    await storage.members.setRole('p', name, role);
    identities[name] = { kind: 'user', user, sessionHash: `session-${name}` };
  }
  const workshop = await createWorkshop(
    { docs, workshops: storage.workshops },
    'p',
    { title: 'Verksted', goal: '', anonymous: false, facilitatorSeesAuthors: true },
    null,
  );
  return { workshop, identities };
}

/** A connection as the socket edge makes one, recording the private views it is sent. */
export function connection(
  id: string,
  identity: Identity,
): { conn: WorkshopConnection; views: MyPrivateView[] } {
  const views: MyPrivateView[] = [];
  return { conn: { id, identity, sendPrivate: (_doc, view) => views.push(view) }, views };
}

/** Sends a command and collects its ack. */
export function commandOf(
  runner: {
    command(
      conn: WorkshopConnection,
      doc: unknown,
      input: unknown,
      reply: (ack: WorkshopAck) => void,
    ): Promise<void>;
  },
  conn: WorkshopConnection,
  doc: string,
  input: unknown,
): Promise<WorkshopAck> {
  return new Promise((resolve) => void runner.command(conn, doc, input, resolve));
}
