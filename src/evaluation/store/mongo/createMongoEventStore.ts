import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ClientSession } from 'mongoose'

import type { EventStore } from '../eventStore'
import type { StoredEvent, SubmissionRecord } from '../records'

import { MAX_EVENTS_PER_BATCH } from '../../events/wireEvent'
import { CELLS_SLUG, EVENTS_SLUG, SUBMISSIONS_SLUG } from '../../collections/slugs'
import { eventKeyOf } from '../eventKey'
import { mergeSketches } from '../mergeSketches'
import { pairSubmissions } from '../pairSubmissions'
import { updateCells } from '../updateCells'
import { cellFromDocument, cellUpdateOf } from './cellUpdate'
import { cellQueryFilter, submissionsOfRespondents } from './mongoFilters'

type Document = Record<string, unknown>

const submissionOf = (document: Document): SubmissionRecord => ({
  audience: String(document.audience),
  campaign: String(document.campaign),
  channel: String(document.channel),
  correct: document.correct as SubmissionRecord['correct'],
  day: String(document.day),
  locale: String(document.locale),
  partner: typeof document.partner === 'string' ? document.partner : null,
  phase: document.phase as SubmissionRecord['phase'],
  respondent: String(document.respondent),
  score: Number(document.score),
})

const eventDocument = (event: StoredEvent): Document => ({
  _id: eventKeyOf(event),
  answers: event.submission?.answers ?? null,
  assessment: event.submission?.assessment ?? null,
  audience: event.audience,
  campaign: event.campaign,
  channel: event.channel,
  consent: event.consent,
  day: event.day,
  eventId: event.id,
  locale: event.locale,
  occurredAt: new Date(event.occurredAt),
  partner: event.partner,
  phase: event.submission?.phase ?? null,
  receivedAt: new Date(event.receivedAt),
  respondent: event.respondent,
  revision: event.submission?.revision ?? null,
  score: event.submission?.score ?? null,
  sender: event.sender,
  type: event.type,
})

/**
 * The EventStore over the MongoDB adapter's connection, through the native driver (no mongoose
 * casting). NEVER RUN AGAINST A REAL MONGODB: none can be had on the machines this was built on.
 * Its filters and update documents are tested in memory with mingo (test/unit/store/mongo*).
 *
 * A batch runs in one multi-document transaction (MongoDB needs a replica set for that; the
 * driver retries transient conflicts). Counts, sums and histograms are added with $inc; sketches
 * are read, merged and written back inside the transaction.
 */
export const createMongoEventStore = (adapter: MongooseAdapter): EventStore => {
  const native = (slug: string) => {
    const model = adapter.collections[slug]
    if (!model) throw new Error(`MongoDB has no collection for ${slug}.`)
    return model.collection
  }
  const events = native(EVENTS_SLUG)
  const submissions = native(SUBMISSIONS_SLUG)
  const cells = native(CELLS_SLUG)

  const appendInSession = async (batch: StoredEvent[], session: ClientSession) => {
    const firstOfKey = new Map<string, StoredEvent>()
    for (const event of batch) {
      const key = eventKeyOf(event)
      if (!firstOfKey.has(key)) firstOfKey.set(key, event)
    }
    // Event keys (sender and id) are string _ids (Payload's text id field), which the driver's
    // types, written for ObjectIds, do not expect.
    const byIds: Document = { _id: { $in: [...firstOfKey.keys()] } }
    const existing = await events.find(byIds, { projection: { _id: 1 }, session }).toArray()
    const stored = new Set(existing.map((document) => String(document._id)))
    const accepted = [...firstOfKey].filter(([key]) => !stored.has(key)).map(([, event]) => event)
    if (accepted.length > 0) {
      await events.insertMany(accepted.map(eventDocument), { session })
    }

    const candidates = new Map<string, SubmissionRecord & { event: StoredEvent }>()
    for (const event of accepted) {
      if (!event.consent || event.respondent === null || event.submission === null) continue
      const key = `${event.campaign}|${event.respondent}|${event.submission.phase}`
      if (candidates.has(key)) continue
      const { correct, phase, score } = event.submission
      candidates.set(key, { ...event, correct, event, phase, respondent: event.respondent, score })
    }
    let counted: SubmissionRecord[] = []
    let pairs: ReturnType<typeof pairSubmissions> = []
    if (candidates.size > 0) {
      const before = (
        await submissions
          .find(submissionsOfRespondents([...candidates.values()]), { session })
          .toArray()
      ).map(submissionOf)
      const taken = new Set(before.map((s) => `${s.campaign}|${s.respondent}|${s.phase}`))
      const fresh = [...candidates].filter(([key]) => !taken.has(key)).map(([, value]) => value)
      if (fresh.length > 0) {
        await submissions.insertMany(
          fresh.map(({ event, ...record }) => ({
            ...record,
            assessment: event.submission?.assessment,
            event: eventKeyOf(event),
            receivedAt: new Date(event.receivedAt),
            revision: event.submission?.revision,
          })),
          { session },
        )
      }
      counted = fresh.map(({ event: _event, ...record }) => record)
      pairs = pairSubmissions(counted, [...before, ...counted])
    }

    const deltas = updateCells(new Map(), { events: accepted, pairs, submissions: counted })
    if (deltas.size > 0) {
      const storedSketches = await cells
        .find(
          { cellKey: { $in: [...deltas.keys()] } },
          {
            projection: { cellKey: 1, ctaSketch: 1, engagedSketch: 1, reachedSketch: 1 },
            session,
          },
        )
        .toArray()
      const sketchesByKey = new Map(
        storedSketches.map((document) => [
          String(document.cellKey),
          cellFromDocument(document).sketches,
        ]),
      )
      await cells.bulkWrite(
        [...deltas].map(([key, delta]) => {
          const stored = sketchesByKey.get(key)
          const sketches = stored ? mergeSketches(stored, delta.sketches) : delta.sketches
          const { filter, update } = cellUpdateOf(delta, sketches)
          return { updateOne: { filter, update, upsert: true } }
        }),
        { session },
      )
    }
    return accepted.map(eventKeyOf)
  }

  return {
    append: async (batch) => {
      if (batch.length > MAX_EVENTS_PER_BATCH) {
        throw new RangeError(`append takes at most ${MAX_EVENTS_PER_BATCH} events at a time`)
      }
      if (batch.length === 0) return { accepted: [], duplicates: [] }
      const accepted = await adapter.connection.transaction((session) =>
        appendInSession(batch, session),
      )
      const firstCopies = new Set(accepted)
      const outcome: { accepted: string[]; duplicates: string[] } = { accepted: [], duplicates: [] }
      for (const event of batch) {
        const key = eventKeyOf(event)
        if (firstCopies.delete(key)) outcome.accepted.push(event.id)
        else outcome.duplicates.push(event.id)
      }
      return outcome
    },
    countEvents: (campaign) => events.countDocuments(campaign === undefined ? {} : { campaign }),
    purgeEventsReceivedBefore: async (cutoff) =>
      (await events.deleteMany({ receivedAt: { $lt: cutoff } })).deletedCount,
    readCells: async (query) =>
      (await cells.find(cellQueryFilter(query)).toArray()).map((document) =>
        cellFromDocument(document),
      ),
    readSubmissions: async (query) =>
      (await submissions.find(cellQueryFilter(query)).toArray()).map((document) =>
        submissionOf(document),
      ),
  }
}
