import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { InValue } from '@libsql/client'

import type { SqlDialect, SqlRow, SqlRunner } from './sqlDialect'

import { takeTurns } from './takeTurns'

/** libsql takes booleans as given but stores them as 1/0 only when told so explicitly. */
const toArgs = (params: readonly unknown[]): InValue[] =>
  params.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : (value as InValue)))

/**
 * SQLite through the Payload adapter's own libsql client: the connection beneath
 * payload.db.drizzle, with the busy timeout, WAL and synchronous=NORMAL that Payload set on it.
 *
 * drizzle's transaction() would hand that connection to the transaction and let libsql open a
 * fresh one for everything else, without those settings, and every later transaction would open
 * another. So transactions are plain BEGIN IMMEDIATE … COMMIT on the shared connection, one at a
 * time in this process (SQLite has one writer anyway). libsql runs statements synchronously, so a
 * transaction body that only awaits these statements never yields to another request: nothing
 * else can slip into it. Keep it so: no network or timer awaits between BEGIN and COMMIT.
 */
export const sqliteDialect = (adapter: SQLiteAdapter): SqlDialect => {
  const runner: SqlRunner = {
    all: async (text, params = []) =>
      (await adapter.client.execute({ args: toArgs(params), sql: text }))
        .rows as unknown as SqlRow[],
    run: async (text, params = []) =>
      (await adapter.client.execute({ args: toArgs(params), sql: text })).rowsAffected,
  }
  const oneAtATime = takeTurns()
  return {
    ...runner,
    inTransaction: (_campaigns, work) =>
      oneAtATime(async () => {
        await runner.run('BEGIN IMMEDIATE')
        try {
          const result = await work(runner)
          await runner.run('COMMIT')
          return result
        } catch (error) {
          await runner.run('ROLLBACK')
          throw error
        }
      }),
    name: 'sqlite',
  }
}
