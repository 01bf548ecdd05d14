import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { integer as pgInteger, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import {
  type IRateLimiterStoreOptions,
  RateLimiterDrizzle,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterMongo,
} from 'rate-limiter-flexible'

/** The table the rate_limits migrations make (SQLite and PostgreSQL), as drizzle sees it. */
const sqliteRateLimits = sqliteTable('rate_limits', {
  expire: integer('expire', { mode: 'timestamp_ms' }),
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
})

const postgresRateLimits = pgTable('rate_limits', {
  expire: timestamp('expire', { mode: 'date', precision: 3, withTimezone: true }),
  key: varchar('key', { length: 255 }).primaryKey(),
  points: pgInteger('points').notNull(),
})

/** MongoDB's collection, with its indexes made at start (prepareRateLimitStore). */
const MONGODB_COLLECTION = 'rate-limits'

const mongoDbOf = (payload: Payload) => {
  const db = (payload.db as unknown as MongooseAdapter).connection.db
  if (!db) throw new Error('MongoDB is not connected: no rate limits can be kept.')
  return db
}

/**
 * MongoDB's counters need a unique index on the key: two instances counting a new key at once
 * both try to insert it, and the index makes the loser update instead. rate-limiter-flexible
 * would build it in the background after its expiry (TTL) index, which FerretDB does not build,
 * so the unique one never came; here it is built first, and awaited, at start. Without the TTL
 * index an expired counter stays until its key counts again, which resets it (one small
 * document per partner key or account). SQL databases get their table from a migration.
 */
export const prepareRateLimitStore = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'mongoose') return
  const collection = mongoDbOf(payload).collection(MONGODB_COLLECTION)
  await collection.createIndex({ key: 1 }, { unique: true })
  await collection.createIndex({ expire: -1 }, { expireAfterSeconds: 0 }).catch(() => undefined)
}

export type LimitOptions = {
  /** Seconds a window lasts. */
  duration: number
  /** Keeps one limit's counters apart from another's in the shared store. */
  keyPrefix: string
  /** What one key may take per window. */
  points: number
}

/**
 * A limit every instance on the database shares: its counters are rows of the deployment's own
 * database (rate-limiter-flexible's Drizzle store on Payload's SQLite or PostgreSQL connection,
 * its MongoDB store on Payload's MongoDB connection), each taken with one atomic upsert. Should
 * the database fail to answer, the limit falls back to this process's memory for that request
 * (the library's insurance limiter) rather than refusing or failing the request.
 *
 * The Drizzle store's own sweep of expired rows is off: its timer outlived the database it was
 * given (it queried a closed pool every five minutes), and an expired counter is reset by the
 * next take of its key anyway, so the table holds one small row per partner key, as MongoDB's
 * collection does.
 */
export const sharedLimiter = (payload: Payload, options: LimitOptions): RateLimiterAbstract => {
  const shared: IRateLimiterStoreOptions = {
    ...options,
    insuranceLimiter: new RateLimiterMemory(options),
    storeClient: undefined,
  }
  switch (payload.db.name) {
    case 'mongoose':
      return new RateLimiterMongo({
        ...shared,
        disableIndexesCreation: true,
        storeClient: mongoDbOf(payload),
        tableName: MONGODB_COLLECTION,
      })
    case 'postgres':
      return new RateLimiterDrizzle({
        ...shared,
        clearExpiredByTimeout: false,
        schema: postgresRateLimits,
        storeClient: (payload.db as unknown as PostgresAdapter).drizzle,
      })
    case 'sqlite':
      return new RateLimiterDrizzle({
        ...shared,
        clearExpiredByTimeout: false,
        schema: sqliteRateLimits,
        storeClient: (payload.db as unknown as SQLiteAdapter).drizzle,
      })
    default:
      throw new Error(`Rate limits cannot be kept in a "${payload.db.name}" database.`)
  }
}
