import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateDeliveredContent } from '../cache/invalidateDelivery'

/**
 * For every collection delivered campaigns are rendered from (campaigns, knowledge checks,
 * images). Every change counts, imports included: a publish, an unpublish, a scheduled publish
 * run by the job queue, a new translation, a new alt text.
 */
export const invalidateDeliveredContentAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateDeliveredContent(req)
  return doc
}

export const invalidateDeliveredContentAfterDelete: CollectionAfterDeleteHook = ({ req }) => {
  invalidateDeliveredContent(req)
}
