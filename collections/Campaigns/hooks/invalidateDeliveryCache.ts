import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { invalidateDeliveredContent } from '../../../src/delivery/cache/invalidateDelivery'

/**
 * Partners read campaigns from delivery's cache. Every change counts, imports included: a
 * publish, an unpublish, a scheduled publish run by the job queue, a new translation.
 */
export const invalidateDeliveryCacheAfterChange: CollectionAfterChangeHook<Campaign> = ({
  doc,
  req,
}) => {
  invalidateDeliveredContent(req)
  return doc
}

export const invalidateDeliveryCacheAfterDelete: CollectionAfterDeleteHook<Campaign> = ({
  req,
}) => {
  invalidateDeliveredContent(req)
}
