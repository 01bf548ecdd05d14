import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Media } from '../../../src/payload-types'

import { invalidateDeliveredContent } from '../../../src/delivery/cache/invalidateDelivery'

/** Delivered campaigns carry their images' alt text and files: a change must reach partners. */
export const invalidateDeliveryCacheAfterChange: CollectionAfterChangeHook<Media> = ({
  doc,
  req,
}) => {
  invalidateDeliveredContent(req)
  return doc
}

export const invalidateDeliveryCacheAfterDelete: CollectionAfterDeleteHook<Media> = ({ req }) => {
  invalidateDeliveredContent(req)
}
