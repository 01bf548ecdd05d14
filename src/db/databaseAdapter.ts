import type { DatabaseAdapterObj, Migration } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { databaseKindOf } from './databaseKind'
import { mongodbOptions } from './mongodbOptions'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

const migrationsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/** libsql does not create missing folders, and a newcomer's clone has no data/ yet. */
const ensureParentFolder = (fileUri: string): void => {
  const filePath = fileUri.replace(/^file:/, '')
  if (filePath && !filePath.startsWith(':memory:')) {
    mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
  }
}

/**
 * The one place that turns DATABASE_URI into a Payload database adapter. The schema is never
 * pushed: SQL databases get the committed migrations (see migrationsFor), so development, tests
 * and production all run the same schema.
 */
export const createDatabaseAdapter = (uri: string): DatabaseAdapterObj => {
  switch (databaseKindOf(uri)) {
    case 'mongodb':
      return mongooseAdapter(mongodbOptions(uri))
    case 'postgres':
      return postgresAdapter({
        migrationDir: path.join(migrationsRoot, 'postgres'),
        pool: { connectionString: uri },
        push: false,
      })
    case 'sqlite':
      ensureParentFolder(uri)
      return sqliteAdapter({
        busyTimeout: 5000,
        client: { url: uri },
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        push: false,
        // WAL keeps readers (the admin, reports) off the writers' backs; NORMAL loses no
        // committed transaction when the process dies, only on power loss (sqlite.org/wal.html).
        wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
      })
  }
}

/**
 * Generated migrations type their arguments per dialect; Payload's migrate() takes the common
 * Migration shape and passes each dialect's own arguments at run time.
 */
const asMigrations = (generated: { name: string }[]): Migration[] =>
  generated as unknown as Migration[]

/** The committed migrations for the database a DATABASE_URI names (MongoDB needs none). */
export const migrationsFor = (uri: string): Migration[] => {
  switch (databaseKindOf(uri)) {
    case 'mongodb':
      return []
    case 'postgres':
      return asMigrations(postgresMigrations)
    case 'sqlite':
      return asMigrations(sqliteMigrations)
  }
}
