import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config';
import type { Storage } from './storage/Storage';
import { SqliteStorage } from './storage/sqlite/SqliteStorage';
import { DocStore } from './docs/DocStore';
import { PlanIndex } from './plans/PlanIndex';
import { seedDemoPlan } from './seed/demoPlan';
import { installErrorHandling } from './http/errors';
import { healthRoutes } from './http/routes/health';
import { planRoutes } from './http/routes/plans';
import { exportMarkdownRoutes } from './http/routes/exportMarkdown';
import { clientAppRoutes } from './http/routes/clientApp';
import { openAccessPolicy } from './auth/access';
import { attachSyncHandlers, createSyncServer, socketBroadcaster, type SyncServer } from './realtime/socketEdge';
import { Rooms } from './realtime/Rooms';

export interface Medverk {
  readonly app: FastifyInstance;
  readonly io: SyncServer;
  readonly storage: Storage;
  readonly docs: DocStore;
  /** Base URL the server listens on, e.g. http://localhost:3000. */
  readonly url: string;
  close(): Promise<void>;
}

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

function openStorage(config: Config): Storage {
  return new SqliteStorage({ file: join(config.dataDir, 'medverk.db'), synchronous: config.sqliteSynchronous });
}

/**
 * The composition root: config → storage → documents → HTTP → realtime. `server/main.ts` calls
 * it for `npm start`; tests call it with a temp data dir and port 0.
 */
export async function startMedverk(config: Config, options: { storage?: Storage } = {}): Promise<Medverk> {
  const storage = options.storage ?? openStorage(config);
  const app = Fastify({
    logger: { level: config.logLevel },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
  });
  const logError = (error: unknown, context: string) => app.log.error({ err: error }, context);

  if (config.seedDemo && (await seedDemoPlan(storage.plans))) app.log.info('seeded the demo plan');

  const planIndex = new PlanIndex(storage.plans, 1_000, (error) => logError(error, 'updating the plan list'));
  const docs = new DocStore(storage.docs, {
    unloadDelayMs: config.unloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    maxConcurrentLoads: config.maxConcurrentLoads,
    onError: logError,
    onDocChanged: (name, doc) => planIndex.docChanged(name, doc),
  });

  installErrorHandling(app);
  healthRoutes(app, { version, storage: storage.kind });
  planRoutes(app, { plans: storage.plans });
  exportMarkdownRoutes(app, { plans: storage.plans, docs });
  await clientAppRoutes(app, { clientDir: config.clientDir });

  const io = createSyncServer(app.server);
  const rooms = new Rooms(docs, socketBroadcaster(io));
  attachSyncHandlers(
    io,
    { rooms, access: openAccessPolicy(storage.plans), whenDurable: () => docs.whenDurable(), onError: logError },
    () => ({ kind: 'guest' }),
  );

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    app,
    io,
    storage,
    docs,
    url,
    close() {
      closing ??= (async () => {
        io.disconnectSockets(true);
        await app.close();
        await docs.close();
        await planIndex.flush();
        await storage.close();
      })();
      return closing;
    },
  };
}
