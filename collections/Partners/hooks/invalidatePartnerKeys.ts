import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Partner } from '../../../src/payload-types'

import { invalidateDeliveredPartners } from '../../../src/delivery/cache/invalidateDelivery'

/**
 * Delivery remembers what each key allows for a minute; a revoked key, a removed origin or a
 * withdrawn audience must take effect at once.
 */
export const invalidatePartnerKeysAfterChange: CollectionAfterChangeHook<Partner> = ({
  doc,
  req,
}) => {
  invalidateDeliveredPartners(req)
  return doc
}

export const invalidatePartnerKeysAfterDelete: CollectionAfterDeleteHook<Partner> = ({ req }) => {
  invalidateDeliveredPartners(req)
}
