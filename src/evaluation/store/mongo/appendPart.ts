import type { AnyBulkWriteOperation, BulkWriteResult, Document } from 'mongodb'

import type { QualityRules } from '../../quality/qualityRules'
import type { CellRecord } from '../cellRecord'
import type { SubmissionPlan } from '../planSubmissions'
import type { StoredEvent, SubmissionRecord } from '../records'
import type { CellChanges } from '../updateCells'
import type { AppendPart } from './appendJournal'
import type { MongoStoreCollections } from './mongoCollections'

import { type BurstWindow, burstWindows } from '../burstWindows'
import { eventKeyOf } from '../eventKey'
import { planAppend, planReview } from '../planSubmissions'
import { cellKeysTouched, updateCells } from '../updateCells'
import { completePart, isPending, recordPlan } from './appendJournal'
import { cellFromDocument, cellToDocument } from './cellDocument'
import { eventDocument, outboxDocument } from './eventDocuments'
import { isDuplicateKeyError } from './mongoCollections'
import { submissionsOfRespondents } from './mongoFilters'
import { submissionFromDocument } from './submissionDocument'
import { writeSubmissions } from './writeSubmissions'

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

/**
 * Step 2: the events, under their unique key. Answers the keys this part owns: the ones it
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

/** Every stored submission of these respondents (all phases). */
const submissionsOf = async (
  { submissions }: MongoStoreCollections,
  respondents: Pick<SubmissionRecord, 'campaign' | 'respondent'>[],
): Promise<SubmissionRecord[]> =>
  respondents.length === 0
    ? []
    : (await submissions.find(submissionsOfRespondents(respondents)).toArray()).map(
        submissionFromDocument,
      )

/**
 * Step 3: what the part does to the submissions and the tallies, planned by the planner the SQL
 * store uses, from the rows as they stand before the part writes any (it holds the campaign's
 * lease, and a plan is written down before it is applied, so a retry never plans again over rows
 * it half wrote).
 */
const planPart = async (
  collections: MongoStoreCollections,
  part: AppendPart,
  accepted: StoredEvent[],
  rules: QualityRules,
): Promise<null | SubmissionPlan> => {
  if (part.plan) return part.plan
  let plan: null | SubmissionPlan = null
  if (part.review) {
    const named = (
      await collections.submissions
        .find({
          campaign: part.campaign,
          event: { $in: part.review.decisions.map(([key]) => key) },
        })
        .toArray()
    ).map(submissionFromDocument)
    plan = planReview({
      decisions: new Map(part.review.decisions),
      reviewedAt: part.review.reviewedAt,
      reviewer: part.review.reviewer,
      stored: await submissionsOf(collections, named),
    })
  } else {
    const scored = accepted.filter(
      (event) => event.consent && event.respondent !== null && event.submission !== null,
    )
    if (scored.length === 0) return null
    const recent: SubmissionRecord[] = []
    if (rules.enabled.has('burst')) {
      // One read per sender and campaign, from its first window to its last, kept to the rows
      // inside a window: FerretDB answers each find slowly, and a batch of widget traffic has
      // dozens of windows (a query each made the MongoDB tests several times slower).
      const windows = new Map<string, BurstWindow[]>()
      for (const window of burstWindows(scored, rules)) {
        const key = `${window.sender}\u0000${window.campaign}`
        const group = windows.get(key)
        if (group) group.push(window)
        else windows.set(key, [window])
      }
      for (const group of windows.values()) {
        const { campaign, sender } = group[0]
        const near = await collections.submissions
          .find({
            campaign,
            occurredAt: { $gte: group[0].from, $lte: group[group.length - 1].to },
            sender,
          })
          .toArray()
        for (const document of near) {
          const row = submissionFromDocument(document)
          if (group.some((w) => row.occurredAt >= w.from && row.occurredAt <= w.to))
            recent.push(row)
        }
      }
    }
    const stored = await submissionsOf(collections, [
      ...scored.map((event) => ({ campaign: event.campaign, respondent: event.respondent! })),
      ...recent,
    ])
    plan = planAppend({ accepted, recent, rules, stored })
  }
  await recordPlan(collections.journal, part, plan)
  return plan
}

/**
 * Step 5: every touched tally row, read, changed by the pure updateCells and written back whole
 * on condition that nobody wrote it since the read (`lastPart` unchanged). A row that already
 * names this part was written by an earlier attempt and is left alone.
 */
const writeCells = async (
  { cells, journal }: MongoStoreCollections,
  part: AppendPart,
  changes: CellChanges,
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
 * Applies one campaign's share of a journaled batch or review, as the holder of that campaign's
 * lease: events, the plan of their submissions (which count, their quality flags, the pairs they
 * complete), the submission rows, the tallies. Every step is keyed by the part, so an attempt that
 * dies anywhere is finished by the next one without counting anything twice, and without
 * multi-document transactions. Answers the keys it stored, and the submission rows it wrote.
 */
export const appendPart = async (
  collections: MongoStoreCollections,
  part: AppendPart,
  rules: QualityRules,
): Promise<{ keys: Set<string>; rows: SubmissionRecord[] }> => {
  const owned = part.events.length > 0 ? await insertEvents(collections, part) : new Set<string>()
  const accepted = part.events.filter((event) => owned.has(eventKeyOf(event)))
  await queueForwarding(collections, accepted)
  const plan = await planPart(collections, part, accepted, rules)
  if (plan) await writeSubmissions(collections, plan.rows)
  await writeCells(collections, part, {
    added: plan?.added ?? [],
    events: accepted,
    heldEvents: plan?.heldEvents ?? new Set(),
    removed: plan?.removed ?? [],
    retakes: plan?.retakes ?? [],
  })
  await completePart(collections.journal, part)
  return { keys: new Set(accepted.map(eventKeyOf)), rows: plan?.rows ?? [] }
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
