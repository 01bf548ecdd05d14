import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import type { QualityRules } from '../../quality/qualityRules'
import type { EventStore, SubmissionQuery } from '../eventStore'
import type { StoredEvent, SubmissionRecord } from '../records'
import type { AppendPart } from './appendJournal'
import type { MongoStoreCollections } from './mongoCollections'

import { defaultEnvironment } from '../../../environment'
import { MAX_EVENTS_PER_BATCH } from '../../events/wireEvent'
import { qualityRulesOf } from '../../quality/qualityRules'
import { eventKeyOf } from '../eventKey'
import { groupCommit } from '../groupCommit'
import { campaignsPending, journalBatch, journalReview, pendingParts } from './appendJournal'
import { appendPart, eventsStoredBy } from './appendPart'
import { cellFromDocument } from './cellDocument'
import { defaultLeaseTiming, type LeaseTiming, withCampaignLease } from './campaignLease'
import { ensureStoreIndexes, mongoStoreCollections } from './mongoCollections'
import { cellQueryFilter } from './mongoFilters'
import { submissionFromDocument } from './submissionDocument'

/** Keeps one group's journal entry small and its lease short, as in the SQL store. */
const MAX_GROUP_EVENTS = 1000

/** The first event of each key (sender and id); later copies in the group are duplicates. */
const firstOfEachKey = (events: StoredEvent[]): StoredEvent[] => {
  const seen = new Set<string>()
  return events.filter((event) => {
    const key = eventKeyOf(event)
    return !seen.has(key) && seen.add(key)
  })
}

export type MongoEventStoreOptions = {
  /** Replaces the collections (tests inject failures). */
  collections?: MongoStoreCollections
  lease?: LeaseTiming
  /** The data-quality flags; the deployment's (QUALITY_*) by default. */
  rules?: QualityRules
}

const submissionFilter = (query: SubmissionQuery): Record<string, unknown> => ({
  ...cellQueryFilter(query),
  ...(query.statuses && query.statuses.length > 0 ? { status: { $in: query.statuses } } : {}),
})

/**
 * The EventStore over MongoDB (a replica set, Atlas or FerretDB), without multi-document
 * transactions, so that the same code is right on servers that have none. A group of batches is
 * journaled first; then, per campaign and holding that campaign's lease, every part still pending
 * is applied (a crashed writer's first, then this one) by appendPart, whose every write is keyed
 * so that repeating it changes nothing. See ../README.md, "MongoDB".
 */
export const createMongoEventStore = (
  adapter: MongooseAdapter,
  {
    collections = mongoStoreCollections(adapter),
    lease = defaultLeaseTiming,
    // The defaults; eventStoreFor passes the instance's own (QUALITY_*).
    rules = qualityRulesOf(defaultEnvironment()),
  }: MongoEventStoreOptions = {},
): EventStore => {
  const { cells, events, journal, submissions } = collections

  /**
   * Applies every pending part of a campaign; answers what `own` did, if given: the keys it
   * stored and the submission rows it wrote.
   */
  const applyPending = (campaign: string, own?: AppendPart) =>
    withCampaignLease(collections.leases, campaign, lease, async () => {
      let outcome: Awaited<ReturnType<typeof appendPart>> | undefined
      for (const part of await pendingParts(journal, campaign)) {
        const applied = await appendPart(collections, part, rules)
        if (part.id === own?.id) outcome = applied
      }
      // Another writer (a recovery on another instance) finished it first.
      if (own && !outcome) outcome = { keys: await eventsStoredBy(collections, own), rows: [] }
      return outcome ?? { keys: new Set<string>(), rows: [] }
    })

  /** What a writer that died left half-done is finished before anything else is written. */
  const ready = (async () => {
    await ensureStoreIndexes(adapter, collections)
    for (const campaign of await campaignsPending(journal)) await applyPending(campaign)
  })()
  // A failed recovery fails the appends that wait for it, with its reason; nothing is lost.
  ready.catch(() => undefined)

  const write = async (group: StoredEvent[]): Promise<Set<string>> => {
    await ready
    const first = firstOfEachKey(group)
    if (first.length === 0) return new Set()
    const stored = new Set<string>()
    for (const part of await journalBatch(journal, first)) {
      for (const key of (await applyPending(part.campaign, part)).keys) stored.add(key)
    }
    return stored
  }
  const appendGrouped = groupCommit(write, MAX_GROUP_EVENTS)

  return {
    append: async (batch) => {
      if (batch.length > MAX_EVENTS_PER_BATCH) {
        throw new RangeError(`append takes at most ${MAX_EVENTS_PER_BATCH} events at a time`)
      }
      return appendGrouped(batch)
    },
    countEvents: (campaign) => events.countDocuments(campaign === undefined ? {} : { campaign }),
    countSubmissions: (query) => submissions.countDocuments(submissionFilter(query)),
    purgeEventsReceivedBefore: async (cutoff) =>
      (await events.deleteMany({ receivedAt: { $lt: cutoff } })).deletedCount,
    readCells: async (query) =>
      (await cells.find(cellQueryFilter(query)).toArray()).map((document) =>
        cellFromDocument(document),
      ),
    readSubmissions: async (query) => {
      let cursor = submissions.find(submissionFilter(query)).sort({ occurredAt: -1, event: -1 })
      if (query.offset) cursor = cursor.skip(query.offset)
      if (query.limit !== undefined) cursor = cursor.limit(query.limit)
      return (await cursor.toArray()).map(submissionFromDocument)
    },
    recover: () => ready,
    review: async ({ decisions, reviewedAt, reviewer }) => {
      await ready
      if (decisions.size === 0) return []
      const named = await submissions
        .find({ event: { $in: [...decisions.keys()] } }, { projection: { campaign: 1 } })
        .toArray()
      const review = { decisions: [...decisions], reviewedAt: reviewedAt.toISOString(), reviewer }
      const parts = await journalReview(
        journal,
        review,
        named.map((document) => String(document.campaign)),
      )
      const rows: SubmissionRecord[] = []
      for (const part of parts) rows.push(...(await applyPending(part.campaign, part)).rows)
      return rows
    },
  }
}
