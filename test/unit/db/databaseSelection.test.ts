import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'

import { migrationsFor } from '../../../src/db/databaseAdapter'
import { databaseKindOf, redactCredentials } from '../../../src/db/databaseKind'
import { freePort } from '../../helpers/serverProcess'

describe('choosing the database from DATABASE_URI', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/aware.db', 'sqlite'],
    ['file:/var/lib/aware/aware.db', 'sqlite'],
    ['postgres://aware:secret@db:5432/aware', 'postgres'],
    ['postgresql://aware@db/aware?sslmode=require', 'postgres'],
    ['mongodb://db1,db2,db3/aware?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://aware:secret@cluster0.example.mongodb.net/aware', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKindOf(uri)).toBe(kind)
  })

  it('rejects other schemes with a message that hides the credentials', () => {
    expect(() => databaseKindOf('mysql://root:hunter2@db/aware')).toThrow(
      'DATABASE_URI "mysql://***@db/aware" is not supported',
    )
    expect(redactCredentials('postgres://user:pw@host/db')).toBe('postgres://***@host/db')
  })

  it('ships migrations for both SQL databases and needs none for MongoDB', () => {
    expect(migrationsFor('file:./x.db').length).toBeGreaterThan(0)
    expect(migrationsFor('postgres://h/db').length).toBeGreaterThan(0)
    expect(migrationsFor('mongodb://h/db')).toEqual([])
  })

  // The integration files run on a MongoDB-wire server (the mongodb project); this is the start
  // with nobody answering.
  it('fails clearly when no MongoDB server answers', async () => {
    const port = await freePort()
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'src/server/cli/importCampaigns.ts'],
      {
        env: { ...process.env, DATABASE_URI: `mongodb://127.0.0.1:${port}/aware` },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    expect(output).toMatch(/cannot connect to MongoDB/i)
  }, 120_000)
})
