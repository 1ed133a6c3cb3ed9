import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, run together by `npm test`: unit (pure logic beside the code), integration
 * (a real server on port 0 with real Socket.IO clients), e2e (Debian chromium against the built
 * client; `vite build` runs first).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    // Vitest's default (cores - 1) runs one file at a time on a 2-core machine, while most unit
    // and integration files spend their time waiting on sockets, timers and PostgreSQL. Files are
    // independent (port 0, own data dir, own schema and Redis prefix), so two run side by side.
    // The e2e project stays one file at a time (fileParallelism: false).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'client/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // One module graph per worker instead of one per file: importing server/app.ts and its
          // dependencies took longer than most files' tests (about 5 s a file, 6 minutes a run).
          // Safe because every file starts its own servers (port 0, own data dir or schema) and
          // closes them; the unit project stays isolated (its spies and mocks are per file).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
