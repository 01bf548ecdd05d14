import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { Leases } from '../../db/leases/leases'
import type { LeaseDocument } from '../../db/leases/mongoLeases'

import { LEASES_SLUG } from '../../db/leases/LeasesCollection'
import { mongoLeases } from '../../db/leases/mongoLeases'
import { sqlLeases } from '../../db/leases/sqlLeases'
import { postgresDialect } from '../store/sql/postgresDialect'
import { sqliteDialect } from '../store/sql/sqliteDialect'
import { tableNames } from '../store/sql/sqlTables'

const leases = new WeakMap<Payload, Leases>()

const createLeases = (payload: Payload): Leases => {
  switch (payload.db.name) {
    case 'mongoose': {
      const adapter = payload.db as unknown as MongooseAdapter
      const model = adapter.collections[LEASES_SLUG]
      if (!model || !adapter.connection.db) throw new Error('MongoDB has no leases collection.')
      return mongoLeases(adapter.connection.db.collection<LeaseDocument>(model.collection.name))
    }
    case 'postgres':
    case 'sqlite': {
      const table = tableNames(payload.db.tables as Record<string, unknown>, LEASES_SLUG, [
        'id',
        'holder',
        'expiresAt',
        'failures',
      ] as const)
      const dialect =
        payload.db.name === 'postgres'
          ? postgresDialect(payload.db as unknown as PostgresAdapter)
          : sqliteDialect(payload.db as unknown as SQLiteAdapter)
      return sqlLeases(dialect, table)
    }
    default:
      throw new Error(`Leases cannot be kept in a "${payload.db.name}" database.`)
  }
}

/** The leases of a Payload instance, in whatever database it runs on. */
export const leasesFor = (payload: Payload): Leases => {
  let found = leases.get(payload)
  if (!found) {
    found = createLeases(payload)
    leases.set(payload, found)
  }
  return found
}
