import type { mongooseAdapter } from '@payloadcms/db-mongodb'

import { ferretdbFriendlyQueries } from './ferretdbFriendlyQueries'

type MongodbOptions = Parameters<typeof mongooseAdapter>[0]

/**
 * One set of MongoDB adapter settings, right on a replica set, on Atlas and on FerretDB (the
 * MongoDB-wire server the tests run on). Payload's `compatibilityOptions` presets (Cosmos DB,
 * DocumentDB, Firestore) have none for FerretDB; these are the settings it needs, and each is
 * also correct, if not the fastest, on MongoDB itself:
 *
 * - `useJoinAggregations`, `usePipelineInSortLookup`: FerretDB 1.x has no `$lookup` ("`aggregate`
 *   stage "$lookup" is not implemented yet"). Join fields are then filled with plain finds, which
 *   MongoDB serves as well; Aware has no join fields, and sorts on no relationship path.
 * - `transactionOptions`: Payload wraps its own writes (a document and its version, hooks) in
 *   transactions where the server has them. The adapter turns them off by itself when the
 *   connection is not to a replica set (FerretDB, a lone mongod); on a replica set and on Atlas
 *   (whose SRV record names the replica set) they commit with a majority, so an acknowledged
 *   edit survives a failover. The evaluation store uses no multi-document transactions anywhere.
 * - `afterCreateConnection`: every model gets ferretdbFriendlyQueries (flat filters, no projection
 *   on findAndModify): FerretDB needs them, MongoDB does not mind.
 * - `serverSelectionTimeoutMS`: a start fails within seconds, not half a minute, when nobody
 *   answers.
 *
 * FerretDB must therefore be reached as a standalone server: a `replicaSet` in its URI (or its
 * `--repl-set-name`) would make Payload start transactions that FerretDB refuses.
 */
export const mongodbOptions = (url: string): MongodbOptions => ({
  afterCreateConnection: ({ connection }) => {
    connection.plugin(ferretdbFriendlyQueries)
  },
  connectOptions: { serverSelectionTimeoutMS: 10_000 },
  transactionOptions: {
    readConcern: { level: 'majority' },
    readPreference: 'primary',
    writeConcern: { w: 'majority' },
  },
  url,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
})
