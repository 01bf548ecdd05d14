import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, inject } from 'vitest'

/**
 * Gives every test file a database of its own, before payload.config.ts reads DATABASE_URI:
 * a fresh SQLite file, or a fresh database in the run's PostgreSQL cluster.
 */
const createPostgresDatabase = async (clusterUri: string): Promise<string> => {
  const name = `aware_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const client = new pg.Client({ connectionString: `${clusterUri}/postgres` })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return `${clusterUri}/${name}`
}

process.env.PAYLOAD_SECRET = 'aware-test-secret-0123456789abcdef0123456789'

if (process.env.AWARE_TEST_DATABASE === 'postgres') {
  process.env.DATABASE_URI = await createPostgresDatabase(inject('postgresUri'))
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'aware.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  afterAll(() => rmSync(dir, { force: true, recursive: true }))
}
