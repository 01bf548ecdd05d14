import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * One suite, several projects: pure modules once; everything that touches Payload on SQLite,
 * again on a throwaway PostgreSQL cluster, and again on a throwaway MongoDB-wire server (FerretDB
 * over PostgreSQL, or TEST_MONGODB_URI); the browser tests once, against SQLite.
 */
const env = { LOG_LEVEL: 'warn' }

/**
 * The MongoDB event store's own machinery (its per-campaign leases and journal) has no SQL
 * counterpart to test: transactions and advisory locks do that work there.
 */
const mongodbOnly = 'test/integration/mongodb/**'

/** The embedded database's own operations (its online backup and restore) exist only there. */
const sqliteOnly = 'test/integration/sqlite/**'

/**
 * Vitest's default on N cores is N − 1 workers: one on CI's two, so the suite ran one file after
 * another. An integration file spends much of its time waiting for PostgreSQL, FerretDB, a child
 * server or a browser, so one worker more than there are cores keeps them busy; the time limits
 * of the database projects leave room for three files sharing two cores.
 * VITEST_MAX_WORKERS overrides it.
 */
const maxWorkers = availableParallelism() + 1

export default defineConfig({
  test: {
    maxWorkers,
    projects: [
      {
        test: {
          include: ['test/unit/**/*.test.ts'],
          name: 'unit',
          // A few pure tests run thousands of cases: seconds when other workers share the cores.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // Files are not isolated: each worker imports the packages (Payload, Next, the
          // drivers) once rather than once per file, about five seconds a file, and
          // freshStatePerFile.ts gives each file fresh Aware modules, environment and Payload
          // instance. A file that needs a process of its own starts the server as a child.
          isolate: false,
          name: 'sqlite',
          env: { ...env, AWARE_TEST_DATABASE: 'sqlite' },
          exclude: [mongodbOnly],
          hookTimeout: 120_000,
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/setup/freshStatePerFile.ts', 'test/setup/databasePerFile.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          env: { ...env, AWARE_TEST_DATABASE: 'postgres' },
          exclude: [mongodbOnly, sqliteOnly],
          globalSetup: ['test/setup/postgresCluster.ts'],
          hookTimeout: 120_000,
          include: ['test/integration/**/*.test.ts'],
          // Isolated, as MongoDB's: sharing workers as SQLite does, forwardingUnreachable.test
          // ran out of time here.
          setupFiles: ['test/setup/databasePerFile.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'mongodb',
          env: { ...env, AWARE_TEST_DATABASE: 'mongodb' },
          exclude: [sqliteOnly],
          globalSetup: ['test/setup/ferretdbServer.ts'],
          // FerretDB reads deeply nested documents (Lexical bodies, their versions) about 15 times
          // slower than flat ones (README, MongoDB): the same work takes it about twice as long.
          hookTimeout: 150_000,
          include: ['test/integration/**/*.test.ts'],
          // Shares workers as SQLite does (freshStatePerFile.ts). Tried once before, two files ran
          // out of time: that was the ingestion slowdown 2c170b6 fixed, not the sharing. With it
          // fixed the project passed 51 of 51 files shared, in 620 s alone (import 49 s).
          isolate: false,
          setupFiles: ['test/setup/freshStatePerFile.ts', 'test/setup/databasePerFile.ts'],
          testTimeout: 150_000,
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
