import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EventStore } from '../../../src/evaluation/store/eventStore'
import type { StoredEvent } from '../../../src/evaluation/store/records'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { createMongoEventStore } from '../../../src/evaluation/store/mongo/createMongoEventStore'
import { mongoStoreCollections } from '../../../src/evaluation/store/mongo/mongoCollections'
import { loadPayload } from '../../../src/server/loadPayload'

const hex = () => randomUUID().replaceAll('-', '').repeat(2)

const assessment = (
  campaign: string,
  respondent: string,
  phase: 'post' | 'pre',
  right: number,
): StoredEvent => ({
  audience: '1',
  campaign,
  channel: 'web',
  consent: true,
  day: '2026-03-01',
  id: randomUUID(),
  locale: 'en',
  occurredAt: '2026-03-01T10:00:00.000Z',
  partner: null,
  receivedAt: new Date().toISOString(),
  respondent,
  sender: 'user:1',
  submission: {
    answers: { a: 'x' },
    assessment: '1',
    choices: { a: [right >= 1 ? 'a' : 'b'], b: [right >= 2 ? 'a' : 'b'] },
    correct: { a: right >= 1 ? 1 : 0, b: right >= 2 ? 1 : 0 },
    phase,
    reasons: [],
    revision: 1,
    score: right / 2,
    sessionStart: null,
    timed: true,
  },
  type: 'assessment',
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The MongoDB store's own machinery, which SQL does not have (its transactions and locks do this
 * work there): the per-campaign lease and the journal, between writers that behave badly.
 */
describe('the MongoDB event store between writers', () => {
  let payload: Payload
  let adapter: MongooseAdapter
  /** Reads only: created before any test writes, so its recovery at start has nothing to do. */
  let reader: EventStore

  beforeAll(async () => {
    payload = await loadPayload()
    adapter = payload.db as unknown as MongooseAdapter
    reader = createMongoEventStore(adapter)
    await reader.recover()
  })
  afterAll(async () => {
    await closeDatabase(payload)
  })

  const tallies = async (campaign: string) => {
    const cells = await reader.readCells({ campaign })
    return {
      events: await reader.countEvents(campaign),
      pairs: cells.reduce((sum, cell) => sum + (cell.pairs.prePost?.n ?? 0), 0),
      post: cells.reduce((sum, cell) => sum + (cell.scores.post?.n ?? 0), 0),
      pre: cells.reduce((sum, cell) => sum + (cell.scores.pre?.n ?? 0), 0),
      submissions: (await reader.readSubmissions({ campaign })).length,
    }
  }

  it('counts nothing twice when a writer stalls past its lease and another takes over', async () => {
    const campaign = 'lease-stall'
    const people = Array.from({ length: 5 }, () => hex())
    const collections = mongoStoreCollections(adapter)
    // The tally row exists already, so the slow writer's write is a replace of what it read.
    const earlier = hex()
    await createMongoEventStore(adapter).append([assessment(campaign, earlier, 'pre', 1)])
    let reachedTallies!: () => void
    const atTallies = new Promise<void>((resolve) => (reachedTallies = resolve))
    let resume!: () => void
    const resumed = new Promise<void>((resolve) => (resume = resolve))
    // The slow writer reads its tally rows, then stalls (a long GC pause, a frozen VM) before
    // writing them, long enough for its 100 ms lease to run out.
    const stalling = createMongoEventStore(adapter, {
      collections: {
        ...collections,
        cells: new Proxy(collections.cells, {
          get: (target, property, receiver) =>
            property === 'bulkWrite'
              ? async (...args: Parameters<typeof target.bulkWrite>) => {
                  reachedTallies()
                  await resumed
                  return target.bulkWrite(...args)
                }
              : (Reflect.get(target, property, receiver) as unknown),
        }),
      },
      lease: { leaseMs: 100, waitMs: 5_000 },
    })
    const slow = stalling.append(people.map((person) => assessment(campaign, person, 'pre', 0)))
    await atTallies
    await sleep(150)

    // Another instance writes the same campaign: it takes the expired lease, finishes the slow
    // writer's journaled batch, then writes its own (the posts, which pair with those pres).
    const other = createMongoEventStore(adapter)
    const posts = people.map((person) => assessment(campaign, person, 'post', 2))
    expect((await other.append(posts)).accepted).toHaveLength(people.length)
    resume()
    // The slow writer's tally writes are refused (the rows changed under it); the batch it
    // journaled was finished by the other writer, so it answers that everything was stored.
    expect((await slow).accepted).toHaveLength(people.length)

    expect(await tallies(campaign)).toEqual({
      events: 11,
      pairs: 5,
      post: 5,
      pre: 6,
      submissions: 11,
    })
    expect(await collections.journal.countDocuments({ pending: campaign })).toBe(0)
  })

  it('makes a second writer of a campaign wait for the first, and both count', async () => {
    const campaign = 'lease-wait'
    const people = Array.from({ length: 30 }, () => hex())
    const writers = [createMongoEventStore(adapter), createMongoEventStore(adapter)]
    await Promise.all(
      people.flatMap((person, index) => [
        writers[index % 2].append([assessment(campaign, person, 'pre', 1)]),
        writers[(index + 1) % 2].append([assessment(campaign, person, 'post', 2)]),
      ]),
    )
    expect(await tallies(campaign)).toEqual({
      events: 60,
      pairs: 30,
      post: 30,
      pre: 30,
      submissions: 60,
    })
    expect(await mongoStoreCollections(adapter).leases.countDocuments({})).toBe(0)
  })

  it('finishes at start a batch whose writer died after journaling it', async () => {
    const campaign = 'journal-at-start'
    const person = hex()
    const events = [assessment(campaign, person, 'pre', 0), assessment(campaign, person, 'post', 2)]
    // What a writer killed right after its first write leaves behind: the journal entry only.
    await mongoStoreCollections(adapter).journal.insertOne({
      _id: randomUUID(),
      createdAt: new Date(),
      events: JSON.stringify(events),
      pending: [campaign],
    })
    expect(await tallies(campaign)).toMatchObject({ events: 0, pairs: 0 })
    await createMongoEventStore(adapter).recover()
    expect(await tallies(campaign)).toEqual({
      events: 2,
      pairs: 1,
      post: 1,
      pre: 1,
      submissions: 2,
    })
    const retried = await createMongoEventStore(adapter).append(events)
    expect(retried.duplicates).toHaveLength(2)
  })
})
