import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at its initial size while the server starts (issue #16: idle RSS).
 *
 * Loading the modules and seeding the demo plan allocate fast and much of it survives, so V8 grows
 * the young generation's two semi-spaces from 1 MB to their 16 MB maximum within the first second,
 * and it never gives the touched pages back: ~16 MB of an idle server's RSS were an empty nursery.
 * A start-up is one short burst and does well with the small nursery (a few more scavenges,
 * milliseconds). A server under load wants the big one, which is why the hold ends once the server
 * listens, and ends with growth straight to the maximum: as soon as real traffic leaves survivors
 * (V8 grows the new space once more bytes have survived than it holds), the server has the nursery
 * it had before, rather than doubling its way up through a minute of busier scavenging.
 * `--max-semi-space-size` on the command line would instead cap it for good, and cost the editing
 * path more scavenges and promotions (docs/operations.md, "Memory").
 *
 * V8 reads `--semi-space-growth-factor` each time it grows the new space, so setting it at run
 * time takes effect (youngGeneration.test.ts); on a V8 without the flag, node prints a warning and
 * nothing changes.
 */
const NO_GROWTH = 1;
/** From the initial 1 MB semi-space to the 16 MB maximum (V8's own caps) in one step. */
const STRAIGHT_TO_MAXIMUM = 16;

export function holdYoungGeneration(): void {
  setFlagsFromString(`--semi-space-growth-factor=${NO_GROWTH}`);
}

export function releaseYoungGeneration(): void {
  setFlagsFromString(`--semi-space-growth-factor=${STRAIGHT_TO_MAXIMUM}`);
}
