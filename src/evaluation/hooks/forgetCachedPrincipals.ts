import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAllPrincipals } from '../ingestion/principalCache'

/**
 * A partner's key, audiences or active flag just changed (or it was deleted): forget every cached
 * key resolution at once, so a revoked key stops working on the next batch rather than after the
 * cache's lifetime.
 */
export const forgetCachedPrincipalsAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetAllPrincipals()
  return doc
}

export const forgetCachedPrincipalsAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetAllPrincipals()
  return doc
}
