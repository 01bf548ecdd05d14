import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Collection, Document } from 'mongodb'

import type { EventDocument, OutboxDocument } from './eventDocuments'

import { CELLS_SLUG, EVENTS_SLUG, OUTBOX_SLUG, SUBMISSIONS_SLUG } from '../../collections/slugs'

/** An append written down before any of it is applied (see appendJournal.ts). */
export type JournalDocument = {
  _id: string
  createdAt: Date
  /** The batch's events as JSON text: read back whole, never queried, cheap to store. */
  events: string
  /** Campaigns whose share of the batch is not applied yet. */
  pending: string[]
  /** Per campaign, the part's plan as JSON text, written before it is applied. */
  plans?: Record<string, string>
  /** For a review instead of a batch: its decisions, as JSON text. */
  review?: string
}

/** Who may write a campaign's tallies until when (see campaignLease.ts). */
export type LeaseDocument = { _id: string; expiresAt: Date; holder: string }

/** Payload's evaluation collections, and the store's own two. */
export type MongoStoreCollections = {
  cells: Collection<Document>
  events: Collection<EventDocument>
  journal: Collection<JournalDocument>
  leases: Collection<LeaseDocument>
  outbox: Collection<OutboxDocument>
  submissions: Collection<Document>
}

/** Not Payload collections: the store's bookkeeping, which no one else reads. */
export const JOURNAL_COLLECTION = 'evaluation-append-journal'
export const LEASES_COLLECTION = 'evaluation-append-leases'

/**
 * The native driver's collections under the MongoDB adapter's connection (no mongoose casting:
 * ids are the senders' strings, not ObjectIds).
 */
export const mongoStoreCollections = (adapter: MongooseAdapter): MongoStoreCollections => {
  const db = adapter.connection.db
  if (!db) throw new Error('The MongoDB adapter is not connected.')
  const collectionNameOf = (slug: string) => {
    const model = adapter.collections[slug]
    if (!model) throw new Error(`MongoDB has no collection for ${slug}.`)
    return model.collection.collectionName
  }
  const payloadCollection = (slug: string) => db.collection(collectionNameOf(slug))
  return {
    cells: payloadCollection(CELLS_SLUG),
    events: db.collection<EventDocument>(collectionNameOf(EVENTS_SLUG)),
    journal: db.collection<JournalDocument>(JOURNAL_COLLECTION),
    leases: db.collection<LeaseDocument>(LEASES_COLLECTION),
    outbox: db.collection<OutboxDocument>(collectionNameOf(OUTBOX_SLUG)),
    submissions: payloadCollection(SUBMISSIONS_SLUG),
  }
}

/**
 * The unique indexes are the store's idempotency keys (event id, respondent and phase, cell key),
 * so they must exist before the first append. Mongoose builds Payload's indexes in the background
 * at connection; this waits for those and creates the journal's.
 */
export const ensureStoreIndexes = async (
  adapter: MongooseAdapter,
  { journal }: MongoStoreCollections,
): Promise<void> => {
  await Promise.all(
    [CELLS_SLUG, EVENTS_SLUG, SUBMISSIONS_SLUG].map((slug) => adapter.collections[slug]?.init()),
  )
  await journal.createIndex({ pending: 1 })
}

/** MongoDB's code for a write that a unique index refused. */
export const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 11000
