import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./youngGenerationProbe.ts', import.meta.url));

describe('holdYoungGeneration / releaseYoungGeneration', () => {
  it('keep the young generation at its size while held and let it grow to the maximum once released', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', probe], { encoding: 'utf8', timeout: 60_000 });
    const { before, held, released } = JSON.parse(output) as { before: number; held: number; released: number };
    // Loading tsx may have grown it a step from V8's initial 2 × 1 MB (or V8 shrunk it below).
    expect(before).toBeLessThan(8);
    expect(held).toBeLessThanOrEqual(Math.max(before, 2));
    // Released, the first growth goes to V8's maximum, 2 × 16 MB (doubling would give 8 here).
    expect(released).toBe(32);
    // A second of CPU, but a loaded machine stretches the wall time.
  }, 60_000);
});
