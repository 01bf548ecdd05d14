import { describe, expect, it } from 'vitest'

import type { StoredEvent } from '../../../src/evaluation/store/records'

import { eventKeyOf } from '../../../src/evaluation/store/eventKey'
import { groupCommit } from '../../../src/evaluation/store/groupCommit'
import { event } from './records'

/** A stand-in for the database: stores keys once, and records how the events were grouped. */
const idStore = () => {
  const stored = new Set<string>()
  const groups: number[] = []
  const write = async (events: StoredEvent[]) => {
    groups.push(events.length)
    const inserted = new Set<string>()
    for (const key of events.map(eventKeyOf)) {
      if (!stored.has(key)) {
        stored.add(key)
        inserted.add(key)
      }
    }
    return inserted
  }
  return { groups, write }
}

describe('groupCommit', () => {
  it('puts batches that arrive together into one write, each learning its own outcome', async () => {
    const database = idStore()
    const append = groupCommit(database.write, 100)
    const shared = event()
    const [a, b] = [
      [event(), shared],
      [shared, event()],
    ]
    const outcomes = await Promise.all([append(a), append(b)])
    expect(database.groups).toEqual([4])
    expect(outcomes).toEqual([
      { accepted: [a[0].id, shared.id], duplicates: [] },
      { accepted: [b[1].id], duplicates: [shared.id] },
    ])
    expect(await append(a)).toEqual({ accepted: [], duplicates: [a[0].id, shared.id] })
  })

  it('tells two senders’ batches with the same id in one group that each was accepted', async () => {
    const database = idStore()
    const append = groupCommit(database.write, 100)
    const mine = event({ sender: 'partner:1' })
    const theirs = { ...mine, sender: 'partner:2' }
    const outcomes = await Promise.all([append([mine]), append([theirs])])
    expect(outcomes).toEqual([
      { accepted: [mine.id], duplicates: [] },
      { accepted: [mine.id], duplicates: [] },
    ])
  })

  it('never puts more than the limit in one write, but always at least one batch', async () => {
    const database = idStore()
    const append = groupCommit(database.write, 3)
    await Promise.all([append([event(), event()]), append([event(), event()]), append([event()])])
    expect(database.groups).toEqual([2, 3])
    await append([event(), event(), event(), event()])
    expect(database.groups).toEqual([2, 3, 4])
  })

  it('fails every batch of a failed write, and carries on with the next', async () => {
    let fail = true
    const append = groupCommit(async (events) => {
      if (fail) throw new Error('disk full')
      return new Set(events.map(eventKeyOf))
    }, 10)
    const results = await Promise.allSettled([append([event()]), append([event()])])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    fail = false
    const next = event()
    expect(await append([next])).toEqual({ accepted: [next.id], duplicates: [] })
  })
})
