import { defineConfig } from 'vitest/config';

// One runner for every level. `npm test` runs unit, api (SQLite) and e2e; `npm run test:pg`
// runs the same API files against PostgreSQL.
//
// Unit and API files share their workers' module graphs (`isolate: false`): every file builds
// its own app and database, the server keeps no state in modules, and no test mocks a module,
// so isolation only cost the import of the whole server again per file (half the API run).
export default defineConfig({
  test: {
    // A file per core. Vitest's default keeps one core for itself (one file at a time on the
    // 2-core machine), but API files spend much of their time waiting on the database, timers
    // and child processes, so a second file fills that time (decision 0059).
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: [
            'shared/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'client/src/**/*.test.{ts,tsx}',
            'tests/architecture/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          isolate: false,
          globalSetup: ['tests/api/support/global-setup.ts'],
          env: { TEST_DB: 'sqlite' },
        },
      },
      {
        test: {
          name: 'api-pg',
          include: ['tests/api/**/*.test.ts'],
          isolate: false,
          globalSetup: ['tests/api/support/global-setup.ts'],
          env: { TEST_DB: 'postgres' },
          testTimeout: 20_000,
        },
      },
      {
        // Three real app servers on one PostgreSQL behind a proxy (npm run test:cluster).
        test: {
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Each file starts its own server and browser (tests/e2e/support/e2e-environment.ts)
          // and closes them; a fresh process per file only imported playwright-core again.
          isolate: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at once, each with its own server and browser: on 2 cores one file
          // leaves a core idle while its server starts and its pages wait on the network
          // (decision 0056). More would only share the same two cores.
          fileParallelism: true,
          maxWorkers: 2,
          // After the unit and API files (vitest runs projects with their own worker count as
          // a group of their own).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
