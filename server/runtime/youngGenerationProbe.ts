/**
 * Run as its own process by youngGeneration.test.ts (V8 flags are per process): allocates objects
 * that survive a few scavenges, as loading modules does, with the young generation held (enough to
 * grow it to the maximum unheld), then released (enough for one or two growths), and prints the new
 * space's size (MB) before and after each as JSON.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { holdYoungGeneration, releaseYoungGeneration } from './youngGeneration';

function newSpaceMb(): number {
  const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'new_space');
  return (space?.space_size ?? Number.NaN) / 2 ** 20;
}

let alive: object[] = [];
function allocate(count: number): void {
  for (let index = 0; index < count; index++) {
    alive.push({ index, label: `item ${index}`, pair: [index, index] });
    if (alive.length > 300_000) alive = alive.slice(150_000);
  }
}

const before = newSpaceMb();
holdYoungGeneration();
allocate(1_000_000);
const held = newSpaceMb();
releaseYoungGeneration();
allocate(25_000);
process.stdout.write(JSON.stringify({ before, held, released: newSpaceMb() }));
