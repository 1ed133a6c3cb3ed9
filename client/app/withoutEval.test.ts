import { describe, expect, it, vi } from 'vitest';

// Zod is loaded once per test file (node_modules are not reset between tests), so the first
// test sees withoutEval before zod, as the app's entry point does, and the second the reverse.
describe('withoutEval', () => {
  it('turns on zod’s jitless parsing for a zod loaded after it', async () => {
    await import('./withoutEval');
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });

  it('turns it on for a zod loaded before it too', async () => {
    const { config } = await import('zod/v4/core');
    config({ jitless: false });
    vi.resetModules();
    await import('./withoutEval');
    expect(config().jitless).toBe(true);
  });
});
