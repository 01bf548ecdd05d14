import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Assessment } from '../../../src/payload-types'

import { invalidateDeliveredContent } from '../../../src/delivery/cache/invalidateDelivery'

/** Delivered campaigns carry their knowledge check's questions and answer-key revision. */
export const invalidateDeliveryCacheAfterChange: CollectionAfterChangeHook<Assessment> = ({
  doc,
  req,
}) => {
  invalidateDeliveredContent(req)
  return doc
}

export const invalidateDeliveryCacheAfterDelete: CollectionAfterDeleteHook<Assessment> = ({
  req,
}) => {
  invalidateDeliveredContent(req)
}
