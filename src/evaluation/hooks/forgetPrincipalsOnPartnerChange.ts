import type { CollectionAfterChangeHook } from 'payload'

import { forgetAllPrincipals } from '../ingestion/principalCache'

/**
 * A partner's key, audiences or active flag just changed: forget every cached key resolution at
 * once, so a revoked key stops working on the next batch rather than after the cache's lifetime.
 */
export const forgetPrincipalsOnPartnerChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetAllPrincipals()
  return doc
}
