import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  announceChange,
  onChange,
  pollChanges,
  stopChangeFeed,
} from '../../../src/cache/changeFeed'
import { closeDatabase } from '../../../src/db/closeDatabase'
import { afterCommitRunsSettled } from '../../../src/db/runNowAndAfterCommit'
import { loadPayload } from '../../../src/server/loadPayload'

/** A promise and the function that settles it: a step of the race the test holds open. */
const gate = () => {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

/**
 * The change feed on a real database. Its timer is stopped so that the test alone decides when
 * the stamps are read, and the key-value store's own reads and writes are held at chosen points
 * to replay an interleaving that the timer produces by chance.
 */
describe('the change feed', () => {
  let payload: Payload
  let emptied = 0

  beforeAll(async () => {
    payload = await loadPayload()
    await stopChangeFeed(payload)
    onChange('content', (changed) => {
      if (changed === payload) emptied += 1
    })
  })
  afterAll(async () => {
    if (payload) await closeDatabase(payload)
  })

  it('empties the caches once for its own write, even when a read overlapped the write', async () => {
    const { kv } = payload
    const realGet = kv.get.bind(kv)
    const realSet = kv.set.bind(kv)
    const writeMayFinish = gate()
    const readMayFinish = gate()
    const readHasValue = gate()
    kv.set = async (...args) => {
      await writeMayFinish.opened
      return realSet(...args)
    }
    kv.get = async <T extends NonNullable<unknown>>(key: string) => {
      const value = await realGet<T>(key)
      readHasValue.open()
      await readMayFinish.opened
      return value
    }
    // The write starts and waits; a read starts after it and sees the stamp from before it.
    announceChange(await createLocalReq({}, payload), 'content')
    try {
      const read = pollChanges(payload)
      await readHasValue.opened
      // The write ends (the writer empties its caches once), then the stale read ends.
      writeMayFinish.open()
      await afterCommitRunsSettled()
      expect(emptied).toBe(1)
      readMayFinish.open()
      await read
    } finally {
      kv.get = realGet
      kv.set = realSet
    }
    // Neither that read nor the next one, which sees the new stamp, empties them again.
    expect(emptied).toBe(1)
    await pollChanges(payload)
    expect(emptied).toBe(1)
  })
})
