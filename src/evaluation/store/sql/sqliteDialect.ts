import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { sql } from 'drizzle-orm'

import type { SqlDialect, SqlRow, SqlRunner } from './sqlDialect'

import { takeTurns } from './takeTurns'

/**
 * SQLite through the Payload adapter's own libsql connection and drizzle instance.
 *
 * drizzle's transaction() would hand the connection to the transaction and let libsql open a
 * fresh one for everything else, without the busy timeout and synchronous=NORMAL that Payload set
 * on the first, and every later transaction would open another. So transactions are plain BEGIN
 * IMMEDIATE … COMMIT on the shared connection, one at a time in this process (SQLite has one
 * writer anyway). libsql runs statements synchronously, so a transaction body that only awaits
 * these statements never yields to another request: nothing else can slip into it. Keep it so:
 * no network or timer awaits between BEGIN and COMMIT.
 */
export const sqliteDialect = (adapter: SQLiteAdapter): SqlDialect => {
  const runner: SqlRunner = {
    all: async (query) => (await adapter.drizzle.all<SqlRow>(query)) ?? [],
    run: async (query) => (await adapter.drizzle.run(query)).rowsAffected,
  }
  const oneAtATime = takeTurns()
  return {
    ...runner,
    inTransaction: (_campaigns, work) =>
      oneAtATime(async () => {
        await runner.run(sql`BEGIN IMMEDIATE`)
        try {
          const result = await work(runner)
          await runner.run(sql`COMMIT`)
          return result
        } catch (error) {
          await runner.run(sql`ROLLBACK`)
          throw error
        }
      }),
    name: 'sqlite',
  }
}
