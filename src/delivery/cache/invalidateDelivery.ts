import type { PayloadRequest } from 'payload'

import { deliveryStateOf } from '../deliveryState'

const POLL_MS = 25
const GIVE_UP_MS = 10 * 60_000

/**
 * Hooks run inside the writer's transaction, before it commits. A delivery request arriving in
 * between would cache what is about to be replaced, so the invalidation runs at once and again
 * when the transaction has ended. Payload offers no after-commit hook; the adapter's open
 * sessions (`payload.db.sessions`) say when it has.
 */
const nowAndWhenTransactionEnds = (req: PayloadRequest, invalidate: () => void): void => {
  invalidate()
  const pending = req.transactionID
  if (!pending) return
  const sessions = req.payload.db.sessions ?? {}
  const startedAt = Date.now()
  void Promise.resolve(pending).then((id) => {
    const check = () => {
      if (id in sessions && Date.now() - startedAt < GIVE_UP_MS) {
        setTimeout(check, POLL_MS).unref()
      } else {
        invalidate()
      }
    }
    check()
  })
}

/** Campaigns, knowledge checks or media changed: partners must get the new content. */
export const invalidateDeliveredContent = (req: PayloadRequest): void =>
  nowAndWhenTransactionEnds(req, () => deliveryStateOf(req.payload).invalidateContent())

/** A partner changed: its key, origins, audiences or active flag must be read again. */
export const invalidateDeliveredPartners = (req: PayloadRequest): void =>
  nowAndWhenTransactionEnds(req, () => deliveryStateOf(req.payload).invalidatePartners())
