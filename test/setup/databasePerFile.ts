import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, inject } from 'vitest'

/**
 * Gives every test file a database of its own, before payload.config.ts reads DATABASE_URI:
 * a fresh SQLite file, a fresh database in the run's PostgreSQL cluster, or a fresh database on
 * the run's MongoDB-wire server (which creates it on first write). Media go to a temporary
 * directory in every case.
 */
const databaseName = () => `aware_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`

const createPostgresDatabase = async (clusterUri: string): Promise<string> => {
  const name = databaseName()
  const client = new pg.Client({ connectionString: `${clusterUri}/postgres` })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return `${clusterUri}/${name}`
}

/** mongodb://hosts[/db][?options] with the database replaced, options kept (e.g. replicaSet). */
const mongodbDatabaseUri = (serverUri: string, name: string): string => {
  const [base, options] = serverUri.split('?')
  const hosts = base.replace(/^(mongodb(?:\+srv)?:\/\/[^/]+).*$/, '$1')
  return `${hosts}/${name}${options ? `?${options}` : ''}`
}

process.env.PAYLOAD_SECRET = 'aware-test-secret-0123456789abcdef0123456789'

const dir = mkdtempSync(path.join(tmpdir(), 'aware-test-'))
process.env.MEDIA_DIR = path.join(dir, 'media')
afterAll(() => rmSync(dir, { force: true, recursive: true }))

switch (process.env.AWARE_TEST_DATABASE) {
  case 'mongodb':
    process.env.DATABASE_URI = mongodbDatabaseUri(inject('mongodbUri'), databaseName())
    break
  case 'postgres':
    process.env.DATABASE_URI = await createPostgresDatabase(inject('postgresUri'))
    break
  default:
    process.env.DATABASE_URI = `file:${path.join(dir, 'aware.db')}`
}
