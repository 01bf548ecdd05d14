import { defineConfig } from 'vitest/config'

/**
 * One suite, several projects: pure modules once; everything that touches Payload on SQLite and
 * again on a throwaway PostgreSQL cluster; the browser tests once, against SQLite.
 */
const env = { LOG_LEVEL: 'warn' }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'sqlite',
          env: { ...env, AWARE_TEST_DATABASE: 'sqlite' },
          hookTimeout: 60_000,
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/setup/databasePerFile.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          env: { ...env, AWARE_TEST_DATABASE: 'postgres' },
          globalSetup: ['test/setup/postgresCluster.ts'],
          hookTimeout: 60_000,
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/setup/databasePerFile.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          env: { ...env, AWARE_TEST_DATABASE: 'sqlite' },
          fileParallelism: false,
          globalSetup: ['test/setup/adminBuild.ts'],
          hookTimeout: 180_000,
          include: ['test/browser/**/*.test.ts'],
          setupFiles: ['test/setup/databasePerFile.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
})
