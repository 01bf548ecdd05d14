import type { AnyBulkWriteOperation, BulkWriteResult, Document } from 'mongodb'

import type { CellRecord } from '../cellRecord'
import type { StoredEvent } from '../records'
import type { AppendPart } from './appendJournal'
import type { MongoStoreCollections } from './mongoCollections'

import { pairSubmissions } from '../pairSubmissions'
import { cellKeysTouched, updateCells } from '../updateCells'
import { completePart, isPending } from './appendJournal'
import { cellFromDocument, cellToDocument } from './cellDocument'
import { eventKeyOf } from '../eventKey'
import {
  eventDocument,
  outboxDocument,
  type Scored,
  submissionDocument,
  submissionFromDocument,
} from './eventDocuments'
import { isDuplicateKeyError } from './mongoCollections'
import { submissionsOfRespondents } from './mongoFilters'

/** Thrown when rows a part was about to write changed under it: its lease was lost. */
export class LostLeaseError extends Error {
  constructor(part: AppendPart) {
    super(
      `Another writer changed campaign ${part.campaign}'s tallies during append ${part.id}; ` +
        'it stays journaled and is finished by the next writer.',
    )
    this.name = 'LostLeaseError'
  }
}

/** A bulk write that a unique index refused in part: the rest went through. */
const duplicatesOnly = (error: unknown): BulkWriteResult | undefined => {
  if (!isDuplicateKeyError(error) || typeof error !== 'object' || error === null) return undefined
  const { result, writeErrors } = error as { result?: BulkWriteResult; writeErrors?: unknown }
  const errors = Array.isArray(writeErrors) ? writeErrors : [writeErrors]
  return errors.every(isDuplicateKeyError) ? result : undefined
}

const isScored = (event: StoredEvent): event is Scored =>
  event.consent && event.respondent !== null && event.submission !== null

/**
 * Step 1: the events, under their unique key. Answers the keys this part owns: the ones it
 * inserted now, or in an attempt that died before finishing.
 */
const insertEvents = async ({ events }: MongoStoreCollections, part: AppendPart) => {
  const documents = part.events.map((event) => eventDocument(event, part.id))
  try {
    await events.insertMany(documents, { ordered: false })
    return new Set(documents.map((document) => document._id))
  } catch (error) {
    if (!duplicatesOnly(error)) throw error
  }
  const keys: Document = { _id: { $in: documents.map((document) => document._id) } }
  const stored = await events.find(keys, { projection: { appendedBy: 1 } }).toArray()
  return new Set(
    stored.filter((document) => document.appendedBy === part.id).map(({ _id }) => String(_id)),
  )
}

/** Step 1b: the owned events that forwarding is to send, queued under the same unique key. */
const queueForwarding = async ({ outbox }: MongoStoreCollections, accepted: StoredEvent[]) => {
  const documents = accepted.flatMap((event) =>
    event.forward ? [outboxDocument({ ...event, forward: event.forward })] : [],
  )
  if (documents.length === 0) return
  try {
    await outbox.insertMany(documents, { ordered: false })
  } catch (error) {
    if (!duplicatesOnly(error)) throw error
  }
}

/**
 * Steps 2 and 3: each respondent's first submission of a phase, under the unique (campaign,
 * respondent, phase) index, then every stored submission of those respondents. The ones that
 * count are those whose event is this part's; the pairs are those they complete.
 */
const countSubmissions = async (
  { submissions }: MongoStoreCollections,
  accepted: StoredEvent[],
) => {
  const candidates = new Map<string, Scored>()
  for (const event of accepted.filter(isScored)) {
    const key = `${event.respondent}|${event.submission.phase}`
    if (!candidates.has(key)) candidates.set(key, event)
  }
  if (candidates.size === 0) return { counted: [], pairs: [] }
  try {
    await submissions.insertMany([...candidates.values()].map(submissionDocument), {
      ordered: false,
    })
  } catch (error) {
    if (!duplicatesOnly(error)) throw error
  }
  const ours = new Set([...candidates.values()].map(eventKeyOf))
  const documents = await submissions
    .find(submissionsOfRespondents([...candidates.values()]))
    .toArray()
  const stored = documents.map(submissionFromDocument)
  const counted = stored.filter((_, index) => ours.has(String(documents[index].event)))
  return { counted, pairs: pairSubmissions(counted, stored) }
}

/**
 * Step 4: every touched tally row, read, added to by the pure updateCells and written back whole
 * on condition that nobody wrote it since the read (`lastPart` unchanged). A row that already
 * names this part was written by an earlier attempt and is left alone.
 */
const writeCells = async (
  { cells, journal }: MongoStoreCollections,
  part: AppendPart,
  changes: Parameters<typeof updateCells>[1],
) => {
  const keys = cellKeysTouched(changes)
  if (keys.length === 0) return
  const documents = await cells.find({ cellKey: { $in: keys } }).toArray()
  const lastPartOf = new Map(documents.map((d) => [String(d.cellKey), d.lastPart ?? null]))
  const existing = new Map<string, CellRecord>(
    documents.map((document) => [String(document.cellKey), cellFromDocument(document)]),
  )
  const operations: AnyBulkWriteOperation[] = []
  for (const [key, cell] of updateCells(existing, changes)) {
    const lastPart = lastPartOf.get(key)
    if (lastPart === part.id) continue
    const document = cellToDocument(cell, part.id)
    operations.push(
      lastPart === undefined
        ? { insertOne: { document } }
        : { replaceOne: { filter: { cellKey: key, lastPart }, replacement: document } },
    )
  }
  if (operations.length === 0) return
  let result: BulkWriteResult | undefined
  try {
    result = await cells.bulkWrite(operations, { ordered: false })
  } catch (error) {
    result = duplicatesOnly(error)
    if (!result) throw error
  }
  if (result.insertedCount + result.matchedCount < operations.length) {
    // Only a writer that outlived its lease gets here; if the new holder already finished this
    // part, everything is counted once, and otherwise the part stays journaled for it.
    if (await isPending(journal, part)) throw new LostLeaseError(part)
  }
}

/**
 * Applies one campaign's share of a journaled batch, as the holder of that campaign's lease:
 * events, the submissions that count, the pairs they complete, the tallies. Every step is keyed by
 * the part, so an attempt that dies anywhere is finished by the next one without counting
 * anything twice, and without multi-document transactions. Answers the keys it stored.
 */
export const appendPart = async (
  collections: MongoStoreCollections,
  part: AppendPart,
): Promise<Set<string>> => {
  const owned = await insertEvents(collections, part)
  const accepted = part.events.filter((event) => owned.has(eventKeyOf(event)))
  await queueForwarding(collections, accepted)
  const { counted, pairs } = await countSubmissions(collections, accepted)
  await writeCells(collections, part, { events: accepted, pairs, submissions: counted })
  await completePart(collections.journal, part)
  return new Set(accepted.map(eventKeyOf))
}

/** The keys a part stored, when another writer finished it. */
export const eventsStoredBy = async (
  { events }: MongoStoreCollections,
  part: AppendPart,
): Promise<Set<string>> => {
  const filter: Document = {
    _id: { $in: part.events.map(eventKeyOf) },
    appendedBy: part.id,
  }
  const stored = await events.find(filter, { projection: { _id: 1 } }).toArray()
  return new Set(stored.map(({ _id }) => String(_id)))
}
