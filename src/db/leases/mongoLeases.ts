import type { Collection } from 'mongodb'

import type { Leases } from './leases'

export type LeaseDocument = {
  _id: string
  expiresAt: Date
  failures: number
  holder: null | string
}

const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 11000

/**
 * Leases in MongoDB: taking one is a single conditional upsert. When the lease is held by someone
 * else and not expired, the filter matches nothing and the upsert's insert collides with the
 * existing _id (E11000): not taken. No transaction is needed, so FerretDB serves it too.
 */
export const mongoLeases = (leases: Collection<LeaseDocument>): Leases => ({
  read: async (name) => {
    const document = await leases.findOne({ _id: name })
    return document
      ? { expiresAt: document.expiresAt, failures: document.failures, holder: document.holder }
      : null
  },
  release: async (name, holder, { failures, notBefore }) => {
    await leases.updateOne(
      { _id: name, holder },
      { $set: { expiresAt: notBefore, failures, holder: null } },
    )
  },
  take: async (name, holder, forMs) => {
    const now = Date.now()
    try {
      await leases.updateOne(
        { $or: [{ expiresAt: { $lte: new Date(now) } }, { holder }], _id: name },
        {
          $set: { expiresAt: new Date(now + forMs), holder },
          $setOnInsert: { failures: 0 },
        },
        { upsert: true },
      )
      return true
    } catch (error) {
      if (isDuplicateKeyError(error)) return false
      throw error
    }
  },
})
