import { defineConfig } from 'vitest/config';

// Four suites: pure unit tests, store tests on real SQLite files in temp dirs, team tests against
// a real PostgreSQL, and the end-to-end suite driving the built renderer in a real browser.
// `npm test` runs all four.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'store', include: ['test/store/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      // Team mode against a real PostgreSQL that the global setup starts (and stops) for the run.
      {
        test: {
          name: 'team',
          include: ['test/team/**/*.test.ts'],
          globalSetup: ['test/team/pg-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // The fault suite at depth: `npm run test:faults` only (npm test runs the same files at their
      // default depth). Numbers of kills and fuzz runs come from the environment.
      {
        test: {
          name: 'faults',
          include: ['test/store/crash.test.ts'],
          environment: 'node',
          testTimeout: 3_600_000,
          env: { PRESEANCE_CRASH_KILLS: '1000' },
        },
      },
      // Benchmarks: `npm run bench` only, never part of `npm test`.
      {
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.test.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          globalSetup: ['test/bench/table-setup.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
