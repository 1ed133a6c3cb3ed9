import { loadConfig } from './config';
import { startMedverk } from './app';

const config = loadConfig();
const medverk = await startMedverk(config);
if (medverk.setupUrl) {
  console.log(`\nNo administrator yet. Create the first one (this link works once):\n  ${medverk.setupUrl}\n`);
}
// Tests that start this file as a process read the port from this line, printed last.
console.log(`Medverk listening on ${medverk.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    medverk.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
