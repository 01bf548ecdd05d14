import type { CollectionAfterDeleteHook } from 'payload'

import { forgetAllPrincipals } from '../ingestion/principalCache'

/** A deleted partner's key must stop working on the next batch, like a deactivated one. */
export const forgetPrincipalsOnPartnerDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetAllPrincipals()
  return doc
}
