import type { PayloadRequest } from 'payload'

import { announceChange } from '../../cache/changeFeed'
import { runNowAndAfterCommit } from '../../db/runNowAndAfterCommit'
import { deliveryStateOf } from '../deliveryState'

/**
 * Campaigns, knowledge checks or media changed: partners must get the new content, from this
 * instance at once and from every other once the change feed has told it.
 */
export const invalidateDeliveredContent = (req: PayloadRequest): void => {
  runNowAndAfterCommit(req, () => deliveryStateOf(req.payload).invalidateContent())
  announceChange(req, 'content')
}

/** A partner changed: its key, origins, audiences or active flag must be read again, everywhere. */
export const invalidateDeliveredPartners = (req: PayloadRequest): void => {
  runNowAndAfterCommit(req, () => deliveryStateOf(req.payload).invalidatePartners())
  announceChange(req, 'partners')
}
