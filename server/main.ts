import type { Config } from './config';
import { holdYoungGeneration, releaseYoungGeneration } from './runtime/youngGeneration';

// Before anything else is loaded: the server's modules are imported below, not statically, so
// that their loading runs with the small young generation too (see youngGeneration.ts).
holdYoungGeneration();
const { loadConfig } = await import('./config');
const { startMedverk } = await import('./app');
const { SETUP_LINK_VALID_FOR } = await import('./auth/setupLink');

/** Before the logger exists (a bad configuration): the same JSON shape, level fatal, then exit. */
function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  }
}

const config = configOrExit();
const medverk = await startMedverk(config);
releaseYoungGeneration();
// Start-up lines go through the server's logger (JSON, or readable with LOG_FORMAT=pretty), and
// at info whatever LOG_LEVEL says: whoever starts the server needs them (LOG_LEVEL=silent: none).
const log = config.logLevel === 'silent' ? medverk.app.log : medverk.app.log.child({}, { level: 'info' });
if (medverk.setupUrl) {
  // The link is printed on purpose, once: it is how the first administrator gets in. It stays in
  // the message only (no field of its own), with a space after it for tools that read it back.
  log.info(
    `No administrator yet. Create the first one at ${medverk.setupUrl} (this link works once, for ${SETUP_LINK_VALID_FOR}, until a new one is issued)`,
  );
}
// Tests and the bench read the port from this line, printed last: the address ends at a space.
log.info(
  {
    url: medverk.url,
    storage: medverk.storage.kind,
    cluster: medverk.cluster !== null,
    oidc: config.oidc !== null,
    mail: config.smtpUrl !== null,
    metrics: config.metricsToken !== null,
  },
  `Medverk listening on ${medverk.url} (${medverk.storage.kind})`,
);

/** Storage still failing this long into a shutdown is given up on (what it missed is logged). */
const STORAGE_DEADLINE_MS = 10_000;
/** Past this, something other than storage hangs: exit anyway, so a restart can happen. */
const SHUTDOWN_DEADLINE_MS = STORAGE_DEADLINE_MS + 5_000;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error(`shutdown did not finish within ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    medverk.close({ storageDeadlineMs: STORAGE_DEADLINE_MS }).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
