import { sql } from 'drizzle-orm'
import { MongoClient } from 'mongodb'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { startTestServer } from '../../helpers/testServer'

/** What no answer to a stranger may hold: SQL, driver or table names, stack frames. */
const LEAKS =
  /select |insert |update "|SQLITE_|drizzle|payload_kv|node_modules|\bat [\w.]+ \(|"stack"/

/**
 * On MongoDB: FerretDB keeps each collection in a PostgreSQL table (schema: the database, table:
 * the collection's name mangled, with a hash), which a constraint can close; FerretDB has no
 * collMod, a real MongoDB has validators.
 */
const refuseMongoWrites = async (collection: string) => {
  const uri = process.env.DATABASE_URI ?? ''
  const database = new URL(uri).pathname.slice(1)
  const postgresUri = inject('ferretdbPostgresUri')
  if (!postgresUri) {
    const client = await MongoClient.connect(uri)
    await client
      .db()
      .command({ collMod: collection, validator: { $expr: false }, validationLevel: 'strict' })
    await client.close()
    return
  }
  const client = new pg.Client({ connectionString: postgresUri })
  await client.connect()
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE $2`,
    [database, `${collection.replace(/\W/g, '\\_')}\\_%`],
  )
  expect(rows).toHaveLength(1)
  await client.query(
    `ALTER TABLE "${database}"."${rows[0]?.table_name}" ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID`,
  )
  await client.end()
}

/** Makes the table the write probe uses refuse every write, as a full disk or read-only file does. */
const refuseWrites = async (db: {
  collections?: Record<string, { collection: { name: string } }>
  drizzle: unknown
}) => {
  const mongoCollection = db.collections?.['payload-kv']?.collection.name
  if (mongoCollection) return refuseMongoWrites(mongoCollection)
  const drizzle = db.drizzle as {
    execute?: (query: unknown) => Promise<unknown>
    run?: (query: unknown) => Promise<unknown>
  }
  if (process.env.AWARE_TEST_DATABASE === 'postgres') {
    await drizzle.execute?.(
      sql.raw('ALTER TABLE payload_kv ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID'),
    )
  } else {
    for (const when of ['INSERT', 'UPDATE']) {
      await drizzle.run?.(
        sql.raw(
          `CREATE TRIGGER refuse_${when} BEFORE ${when} ON payload_kv BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`,
        ),
      )
    }
  }
}

describe('operations', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.close()
  })

  it('never shows an anonymous caller SQL, a stack or an internal id', async () => {
    const probes = [
      '/api/campaigns?where=abc',
      '/api/campaigns?where[id][in]=a,b',
      '/api/campaigns/abc',
      '/api/users?where[hash][exists]=true',
      '/api/campaigns?limit=1e309',
      '/api/reports/campaigns/x?partner=1',
    ]
    for (const path of probes) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status, path).toBeLessThan(500)
      expect(await response.text(), path).not.toMatch(LEAKS)
    }
  })

  it('answers /healthz 503 with a reason, and no SQL, once writes fail', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await refuseWrites(server.payload.db as never)
    await expect
      .poll(async () => (await fetch(`${server.url}/healthz`)).status, { timeout: 20_000 })
      .toBe(503)
    const body = await (await fetch(`${server.url}/healthz`)).json()
    expect(body).toMatchObject({
      error: expect.stringMatching(/refuses writes/),
      status: 'unavailable',
    })
    expect(JSON.stringify(body)).not.toMatch(LEAKS)
  })
})
