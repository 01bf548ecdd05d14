import type { Payload } from 'payload'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../src/db/closeDatabase'
import { loadPayload } from '../../src/server/loadPayload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

type SqlAdapter = { migrationDir: string; requireDrizzleKit: () => DrizzleKit; schema: unknown }

describe('the committed migrations', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
  })

  it('create exactly the schema the collections describe', async () => {
    const db = payload.db as unknown as SqlAdapter
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const snapshots = readdirSync(db.migrationDir).filter((file) => file.endsWith('.json'))
    const latest = snapshots.sort().at(-1)
    expect(latest, `no migration snapshot in ${db.migrationDir}`).toBeDefined()
    const committed = JSON.parse(readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
    const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(
      statements,
      'collections changed without a migration: run `npm run payload migrate:create <name>` for ' +
        'SQLite and PostgreSQL (see README, Databases)',
    ).toEqual([])
  })

  it('have all been applied on start', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0 })
    const files = readdirSync((payload.db as unknown as SqlAdapter).migrationDir).filter(
      (file) => file.endsWith('.ts') && file !== 'index.ts',
    )
    expect(docs.map((doc) => `${doc.name}.ts`).sort()).toEqual(files.sort())
  })
})
