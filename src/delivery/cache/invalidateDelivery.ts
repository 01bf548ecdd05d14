import type { PayloadRequest } from 'payload'

import { runNowAndAfterCommit } from '../../db/runNowAndAfterCommit'
import { deliveryStateOf } from '../deliveryState'

/** Campaigns, knowledge checks or media changed: partners must get the new content. */
export const invalidateDeliveredContent = (req: PayloadRequest): void =>
  runNowAndAfterCommit(req, () => deliveryStateOf(req.payload).invalidateContent())

/** A partner changed: its key, origins, audiences or active flag must be read again. */
export const invalidateDeliveredPartners = (req: PayloadRequest): void =>
  runNowAndAfterCommit(req, () => deliveryStateOf(req.payload).invalidatePartners())
