import { loadConfig } from './config';
import { startMedverk } from './app';
import { SETUP_LINK_VALID_FOR } from './auth/setupLink';

const config = loadConfig();
const medverk = await startMedverk(config);
if (medverk.setupUrl) {
  console.log(
    `\nNo administrator yet. Create the first one (this link works once, for ${SETUP_LINK_VALID_FOR}, until a new one is issued):\n  ${medverk.setupUrl}\n`,
  );
}
// Tests that start this file as a process read the port from this line, printed last.
console.log(`Medverk listening on ${medverk.url}`);

/** Storage still failing this long into a shutdown is given up on (what it missed is logged). */
const STORAGE_DEADLINE_MS = 10_000;
/** Past this, something other than storage hangs: exit anyway, so a restart can happen. */
const SHUTDOWN_DEADLINE_MS = STORAGE_DEADLINE_MS + 5_000;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`shutdown did not finish within ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    medverk.close({ storageDeadlineMs: STORAGE_DEADLINE_MS }).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
