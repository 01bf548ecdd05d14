import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Partner } from '../../payload-types'

import { runNowAndAfterCommit } from '../../db/runNowAndAfterCommit'
import { invalidateDeliveredPartners } from '../cache/invalidateDelivery'
import { forgetPartnerKeys } from '../../partners/resolvePartnerKey'

/**
 * Partner keys are resolved once a minute at most (for delivery and for ingestion); a revoked
 * key, a removed origin or a withdrawn audience must take effect at once.
 */
const forgetPartners = (req: PayloadRequest) => {
  runNowAndAfterCommit(req, forgetPartnerKeys)
  invalidateDeliveredPartners(req)
}

export const invalidatePartnerKeysAfterChange: CollectionAfterChangeHook<Partner> = ({
  doc,
  req,
}) => {
  forgetPartners(req)
  return doc
}

export const invalidatePartnerKeysAfterDelete: CollectionAfterDeleteHook<Partner> = ({ req }) => {
  forgetPartners(req)
}
