import type { Payload } from 'payload'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import { closeDatabase } from '../../src/db/closeDatabase'
import { migrationsFor } from '../../src/db/databaseAdapter'
import { databaseKindOf } from '../../src/db/databaseKind'
import { loadPayload } from '../../src/server/loadPayload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

type SqlAdapter = { migrationDir: string; requireDrizzleKit: () => DrizzleKit; schema: unknown }

const sqlMigrations = () => {
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
}

/**
 * MongoDB has no tables to migrate: its schema is the indexes, which the adapter builds at
 * connection from the collections. Every one must exist, and build on this server: the unique ones
 * are the evaluation store's idempotency keys.
 */
const mongodbIndexes = () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
  })

  it('has every index the collections describe, unique where they say', async () => {
    const adapter = payload.db as unknown as MongooseAdapter
    const models = [...Object.values(adapter.collections), ...Object.values(adapter.versions)]
    let checked = 0
    for (const model of models) {
      await model.init()
      const built = await model.collection.indexes()
      for (const [fields, options] of model.schema.indexes()) {
        const index = built.find(
          (candidate) => JSON.stringify(candidate.key) === JSON.stringify(fields),
        )
        expect(index, `${model.collection.collectionName} ${JSON.stringify(fields)}`).toBeDefined()
        expect(Boolean(index?.unique), `${model.collection.collectionName} unique`).toBe(
          Boolean(options.unique),
        )
        checked += 1
      }
    }
    const submissions = adapter.collections['evaluation-submissions']
    expect(await submissions.collection.indexes()).toContainEqual(
      expect.objectContaining({ key: { campaign: 1, respondent: 1, phase: 1 }, unique: true }),
    )
    expect(checked).toBeGreaterThan(models.length)
  })

  it('needs no migrations, and records none', async () => {
    expect(migrationsFor(process.env.DATABASE_URI ?? '')).toEqual([])
    const { totalDocs } = await payload.count({ collection: 'payload-migrations' })
    expect(totalDocs).toBe(0)
  })
}

if (databaseKindOf(process.env.DATABASE_URI) === 'mongodb') {
  describe('the MongoDB indexes', mongodbIndexes)
} else {
  describe('the committed migrations', sqlMigrations)
}
