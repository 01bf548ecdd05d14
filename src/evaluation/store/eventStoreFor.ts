import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { EventStore } from './eventStore'

import { settingsOf } from '../../settingsOf'
import { qualityRulesOf } from '../quality/qualityRules'

import { createMongoEventStore } from './mongo/createMongoEventStore'
import { createSqlEventStore } from './sql/createSqlEventStore'
import { postgresDialect } from './sql/postgresDialect'
import { sqliteDialect } from './sql/sqliteDialect'
import { evaluationTables } from './sql/sqlTables'

const stores = new WeakMap<Payload, EventStore>()

const createEventStore = (payload: Payload): EventStore => {
  const rules = qualityRulesOf(settingsOf(payload))
  switch (payload.db.name) {
    case 'mongoose':
      return createMongoEventStore(payload.db as unknown as MongooseAdapter, { rules })
    case 'postgres': {
      const adapter = payload.db as unknown as PostgresAdapter
      return createSqlEventStore(postgresDialect(adapter), evaluationTables(adapter.tables), rules)
    }
    case 'sqlite': {
      const adapter = payload.db as unknown as SQLiteAdapter
      return createSqlEventStore(sqliteDialect(adapter), evaluationTables(adapter.tables), rules)
    }
    default:
      throw new Error(`Evaluation events cannot be stored in a "${payload.db.name}" database.`)
  }
}

/** The event store of a Payload instance; one per instance, so the SQLite writer queue is too. */
export const eventStoreFor = (payload: Payload): EventStore => {
  let store = stores.get(payload)
  if (!store) {
    store = createEventStore(payload)
    stores.set(payload, store)
  }
  return store
}
