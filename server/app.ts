import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { Config } from './config';
import type { Storage } from './storage/Storage';
import { openStorage } from './storage/openStorage';
import { DocStore } from './docs/DocStore';
import { PlanIndex } from './plans/PlanIndex';
import { planEditAttribution } from './plans/editAttribution';
import { documentRules } from './docs/updateRules';
import { editRecorder } from './plans/editRecorder';
import { TurnBatchedEditLog } from './plans/TurnBatchedEditLog';
import { seedDemoPlan } from './seed/demoPlan';
import { seedDemoPublicPage } from './seed/demoPublicPage';
import { installErrorHandling } from './http/errors';
import { healthRoutes } from './http/routes/health';
import { planRoutes } from './http/routes/plans';
import { exportMarkdownRoutes } from './http/routes/exportMarkdown';
import { exportRoutes } from './http/routes/export';
import { changesRoutes } from './http/routes/changes';
import { versionRoutes } from './http/routes/versions';
import { workshopRoutes } from './http/routes/workshops';
import { associationRoutes } from './http/routes/associations';
import { agendaTemplateRoutes } from './http/routes/agendaTemplates';
import { joinCodeRoutes } from './http/routes/joinCodes';
import { coverageRoutes } from './http/routes/coverage';
import { workshopResultsRoutes } from './http/routes/workshopResults';
import { discussionRoutes } from './http/routes/discussion';
import { publicPageRoutes } from './http/routes/publicPage';
import { publicHtmlRoutes } from './http/routes/publicHtml';
import { publicSettingsRoutes } from './http/routes/publicSettings';
import { inputRoutes } from './http/routes/inputs';
import { inputExportRoutes } from './http/routes/inputExports';
import { planSectionRoutes } from './http/routes/planSections';
import { presenceColorRoutes } from './http/routes/presenceColor';
import { InboxBroadcast } from './inputs/InboxBroadcast';
import { PlanNotices } from './versions/PlanNotices';
import { attachInboxHandlers } from './inputs/inboxSocket';
import { startRetentionSweep } from './inputs/RetentionSweep';
import type { PublicSideDeps } from './inputs/publicSideDeps';
import fastifyMultipart from '@fastify/multipart';
import { FileLimits } from '../shared/public/fileKinds';
import { WorkshopRunner } from './workshops/WorkshopRunner';
import { DiscussionRunner } from './discussions/DiscussionRunner';
import { clientAppRoutes } from './http/routes/clientApp';
import { roleAccessPolicy } from './auth/access';
import { Sessions, SESSION_COOKIE } from './auth/sessions';
import { Audit } from './auth/Audit';
import { AccessChanges } from './auth/AccessChanges';
import { createLimits } from './limits/Limits';
import { memoryLimiterStore, redisLimiterStore } from './limits/limiterStore';
import { KNOWN_DEVICE_SECRET } from './limits/knownDevice';
import { issueSetupLink } from './auth/setupLink';
import { AuditAction } from '../shared/api/audit';
import { parseDocName } from '../shared/protocol';
import type { AuthContext } from './http/authContext';
import { installIdentity } from './http/identityHooks';
import { installSecurityHeaders } from './http/securityHeaders';
import { authRoutes } from './http/routes/auth';
import { inviteRoutes } from './http/routes/invites';
import { memberRoutes } from './http/routes/members';
import { auditRoutes } from './http/routes/audit';
import { oidcRoutes } from './http/routes/oidc';
import { userRoutes } from './http/routes/users';
import { passwordResetRoutes } from './http/routes/passwordReset';
import { LiveSessions } from './realtime/LiveSessions';
import { attachSyncHandlers, createSyncServer, socketBroadcaster, type SyncServer } from './realtime/socketEdge';
import { Rooms } from './realtime/Rooms';
import { DocGrowthBudgets } from './realtime/DocGrowthBudgets';
import { ConnectionCaps } from './realtime/connectionCaps';
import { clientAddressOf } from './realtime/clientAddress';
import type { Cluster } from './cluster/startCluster';
import type { MedverkMetrics } from './metrics/MedverkMetrics';
import { timedDocStorage } from './metrics/timedDocStorage';
import { connectionsByKind, instrumentSockets } from './metrics/socketMetrics';
import { metricsRoute } from './metrics/metricsRoute';
import { timeExports } from './metrics/exportTimings';
import { loggerOptions } from './logging/logOptions';

export interface Medverk {
  readonly app: FastifyInstance;
  readonly io: SyncServer;
  readonly storage: Storage;
  readonly docs: DocStore;
  /** Base URL the server listens on, e.g. http://localhost:3000. */
  readonly url: string;
  /** The one-time link for creating the first administrator, while there is none. */
  readonly setupUrl: string | null;
  readonly auth: AuthContext;
  /** This server's link to the others (Redis), or null for a single server. */
  readonly cluster: Cluster | null;
  /**
   * Stops the server. Storage still failing after `storageDeadlineMs` (default 10 s) is given
   * up on, and what was not stored is logged: it was never acknowledged, so clients resend it.
   */
  close(options?: { storageDeadlineMs?: number }): Promise<void>;
}

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

/**
 * The composition root: config → storage → documents → HTTP → realtime. `server/main.ts` calls
 * it for `npm start`; tests call it with a temp data dir and port 0.
 */
export async function startMedverk(
  config: Config,
  options: { storage?: Storage; /** The clock the limits' slow-downs use (tests move it). */ now?: () => number } = {},
): Promise<Medverk> {
  const storage = options.storage ?? (await openStorage(config));
  const app = Fastify({
    logger: loggerOptions(config),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
  });
  const logError = (error: unknown, context: string) => app.log.error({ err: error }, context);

  // Under a lock: several servers starting together on one empty database seed one demo plan.
  const seeded =
    config.seedDemo &&
    (await storage.locks.withLock('seed-demo', async () => {
      const plan = await seedDemoPlan(storage.plans);
      if (plan && config.seedDemoPublicPage) await seedDemoPublicPage(storage, plan);
      return plan !== null;
    }));
  if (seeded) app.log.info('seeded the demo plan');

  // Several servers (REDIS_URL): documents, broadcasts and access changes are relayed between them.
  // Loaded only when configured (as the mailer below): Redis' client costs memory a single server never uses.
  const cluster = config.redis ? await (await import('./cluster/startCluster')).startCluster(config.redis, logError) : null;
  // Metrics only when asked for (METRICS_TOKEN): prom-client and its event-loop monitor cost nothing otherwise.
  let liveSockets: SyncServer | null = null;
  const metrics: MedverkMetrics | null = config.metricsToken
    ? new (await import('./metrics/MedverkMetrics')).MedverkMetrics({
        connectionsByKind: () => (liveSockets ? connectionsByKind(liveSockets) : {}),
        openDocuments: () => docs.size,
      })
    : null;
  const planIndex = new PlanIndex(storage.plans, 1_000, (error) => logError(error, 'updating the plan list'));
  const docs = new DocStore(metrics ? timedDocStorage(storage.docs, metrics) : storage.docs, {
    unloadDelayMs: config.unloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    maxConcurrentLoads: config.maxConcurrentLoads,
    onError: logError,
    onDocChanged: (name, doc) => planIndex.docChanged(name, doc),
    // With several servers, each loaded document is linked to the relay (the store knows only hooks).
    ...(cluster ? { lifecycle: cluster.replicas } : {}),
  });

  const sessions = new Sessions(storage.accounts, storage.invites, config.sessionTtlMs);
  const audit = new Audit(storage.audit, (error) => logError(error, 'writing the audit log'));
  const changes = new AccessChanges();
  const auth: AuthContext = {
    storage,
    sessions,
    audit,
    changes,
    // With several servers the counters live in Redis: three servers give an attacker one budget.
    limits: createLimits({
      store: cluster && config.redis ? redisLimiterStore(cluster.store, `${config.redis.prefix}limits:`) : memoryLimiterStore(),
      now: options.now ?? Date.now,
      knownDeviceSecret: () => storage.publicPages.secret(KNOWN_DEVICE_SECRET),
      inputsPerAddress: config.inputLimitPerIp,
    }),
    trustedOrigins: config.trustedOrigins,
    oidcEnabled: config.oidc !== null,
  };

  // Comments and suggestions: commands applied to each plan's discussion document.
  const discussions = new DiscussionRunner({
    docs,
    storage,
    onError: logError,
    ...(cluster ? { replicas: cluster.workshops } : {}),
  });

  // The public side: uploads (each route sets its own, smaller limits), receipts, the live inbox.
  await app.register(fastifyMultipart, {
    limits: { fileSize: FileLimits.knowledgeMaxBytes, files: FileLimits.inputMaxFiles + 1, fields: 30, fieldSize: 64 * 1024 },
  });
  const mailer = config.smtpUrl ? (await import('./mail/smtpMailer')).createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const inbox = new InboxBroadcast();
  const planNotices = new PlanNotices();
  let listeningUrl = '';
  const publicSide: PublicSideDeps = {
    docs,
    mailer,
    inbox,
    publicBaseUrl: () => config.publicUrl ?? listeningUrl,
    inputLimitPerIp: config.inputLimitPerIp,
  };

  installErrorHandling(app);
  metricsRoute(app, metrics, config.metricsToken);
  if (metrics) timeExports(app, metrics);
  await installSecurityHeaders(app);
  await installIdentity(app, auth);
  healthRoutes(app, { version, storage: storage.kind });
  authRoutes(app, auth);
  oidcRoutes(app, auth, config.oidc);
  planRoutes(app, auth);
  inviteRoutes(app, auth);
  memberRoutes(app, auth);
  auditRoutes(app, auth);
  userRoutes(app, auth);
  passwordResetRoutes(app, auth, { mailer, publicBaseUrl: publicSide.publicBaseUrl });
  exportMarkdownRoutes(app, auth, { docs });
  exportRoutes(app, auth, { docs });
  changesRoutes(app, auth, { docs });
  versionRoutes(app, auth, { docs, notices: planNotices });
  workshopRoutes(app, auth, { docs });
  associationRoutes(app, auth);
  agendaTemplateRoutes(app, auth);
  joinCodeRoutes(app, auth);
  coverageRoutes(app, auth, { docs });
  workshopResultsRoutes(app, auth, { docs, discussions });
  discussionRoutes(app, auth, { docs, onSettingsChanged: (planId, settings) => discussions.mirrorSettings(planId, settings) });
  publicPageRoutes(app, auth, publicSide);
  publicSettingsRoutes(app, auth, publicSide);
  inputRoutes(app, auth, publicSide);
  inputExportRoutes(app, auth, publicSide);
  planSectionRoutes(app, auth, { docs });
  presenceColorRoutes(app, auth);
  await publicHtmlRoutes(app, auth, { clientDir: config.clientDir, publicBaseUrl: publicSide.publicBaseUrl });
  await clientAppRoutes(app, { clientDir: config.clientDir });

  const io = createSyncServer(app.server, config.heartbeat);
  cluster?.installSocketAdapter(io);
  const rooms = new Rooms(docs, socketBroadcaster(io));
  const live = new LiveSessions((error) => logError(error, 'applying an access change to open connections'));
  changes.subscribe((change) => void live.apply(change));
  await cluster?.relayAccessChanges(changes);
  // With several servers, a command catches up with commands run elsewhere (server/cluster/CommandStamps).
  const workshops = new WorkshopRunner({
    docs,
    storage,
    access: { accounts: storage.accounts, changes, audit },
    onError: logError,
    ...(cluster ? { replicas: cluster.workshops } : {}),
  });
  attachSyncHandlers(
    io,
    {
      rooms,
      access: roleAccessPolicy(storage),
      whenDurable: () => docs.whenDurable(),
      storageAccepting: (bytes) => docs.accepting(bytes),
      docGrowth: new DocGrowthBudgets(),
      onError: logError,
      onRefusedWrite: (identity, doc) =>
        audit.record(AuditAction.WriteRefused, identity, parseDocName(doc)?.id ?? null, { doc }),
      // One edit-log write per turn of the event loop, not per keystroke (issue #16).
      onEdit: planEditAttribution(editRecorder(new TurnBatchedEditLog(storage.editLog), logError)),
      checkUpdate: documentRules(),
      onInvalidChange: (identity, doc, reason) => app.log.warn({ doc, who: identity.kind, reason }, 'refused a change that would break the document'),
    },
    (cookieHeader) => sessions.identify(cookieHeader ? app.parseCookie(cookieHeader)[SESSION_COOKIE] : undefined),
    live,
    workshops,
    discussions,
    {
      clientAddress: clientAddressOf(config.trustProxy),
      caps: new ConnectionCaps(config.maxAnonymousSocketsPerAddress),
      joinTimeoutMs: config.socketJoinTimeoutMs,
    },
  );
  if (metrics) {
    instrumentSockets(io, metrics);
    liveSockets = io;
  }
  inbox.attach(io);
  planNotices.attach(io);
  attachInboxHandlers(io, storage, (error) => logError(error, 'checking who may watch an inbox'));
  const retention = startRetentionSweep(
    storage,
    config.retentionSweepMs,
    (error) => logError(error, 'deleting personal data past retention'),
    (results) => results.forEach((result) => inbox.changed(result.planId, result.inputIds)),
  );

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  listeningUrl = url;
  const setupUrl = await issueSetupLink(storage.accounts, url);

  let closing: Promise<void> | null = null;
  return {
    app,
    io,
    storage,
    docs,
    url,
    setupUrl,
    auth,
    cluster,
    close({ storageDeadlineMs = 10_000 } = {}) {
      closing ??= (async () => {
        // Only this server's sockets: with the Redis adapter, a bare io.disconnectSockets would close every server's.
        io.local.disconnectSockets(true);
        retention.stop();
        await app.close();
        mailer?.close();
        const unstored = await docs.closeWithin(storageDeadlineMs);
        if (unstored.length > 0) app.log.error({ unstored }, 'shut down with changes storage did not take');
        await cluster?.close();
        await planIndex.flush();
        await storage.close();
      })();
      return closing;
    },
  };
}
