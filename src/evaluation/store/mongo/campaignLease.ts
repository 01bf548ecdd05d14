import type { Collection } from 'mongodb'

import { randomUUID } from 'node:crypto'

import type { LeaseDocument } from './mongoCollections'

import { isDuplicateKeyError } from './mongoCollections'

export type LeaseTiming = {
  /** How long a lease lasts if its holder never gives it back (a crash). */
  leaseMs: number
  /** How long to wait for another writer's lease before failing the append. */
  waitMs: number
}

export const defaultLeaseTiming: LeaseTiming = { leaseMs: 30_000, waitMs: 45_000 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` as the only writer of a campaign's tallies across every instance: MongoDB has no
 * advisory locks, so a lease document per campaign stands in for PostgreSQL's. Taking it is one
 * conditional upsert: a live lease makes the upsert collide with the unique _id (E11000), an
 * expired one (its holder died) is taken over. Leases use the instances' clocks; a holder that
 * outlives its lease cannot double-count anything (appendPart.ts), its writes are refused.
 */
export const withCampaignLease = async <T>(
  leases: Collection<LeaseDocument>,
  campaign: string,
  timing: LeaseTiming,
  work: () => Promise<T>,
): Promise<T> => {
  const holder = randomUUID()
  const _id = `append:${campaign}`
  const deadline = Date.now() + timing.waitMs
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    const now = Date.now()
    try {
      await leases.updateOne(
        { _id, expiresAt: { $lte: new Date(now) } },
        { $set: { expiresAt: new Date(now + timing.leaseMs), holder } },
        { upsert: true },
      )
      break
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Campaign ${campaign} has been written by another instance for over ${timing.waitMs} ms.`,
      )
    }
    await sleep(pause)
  }
  try {
    return await work()
  } finally {
    await leases.deleteOne({ _id, holder })
  }
}
