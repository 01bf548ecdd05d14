import type { PayloadRequest } from 'payload'

import { deliveryStateOf } from '../deliveryState'

const POLL_MS = 25
const GIVE_UP_MS = 10 * 60_000

/** Invalidations still waiting for their transaction to end. */
const waiting = new Set<Promise<void>>()

/** Resolves once every invalidation waiting for a transaction has run (tests use it). */
export const deliveryInvalidationsSettled = async (): Promise<void> => {
  while (waiting.size > 0) await Promise.all([...waiting])
}

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
  const settled = Promise.resolve(pending).then(
    (id) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (id in sessions && Date.now() - startedAt < GIVE_UP_MS) {
            setTimeout(check, POLL_MS).unref()
          } else {
            invalidate()
            resolve()
          }
        }
        check()
      }),
  )
  waiting.add(settled)
  void settled.finally(() => waiting.delete(settled))
}

/** Campaigns, knowledge checks or media changed: partners must get the new content. */
export const invalidateDeliveredContent = (req: PayloadRequest): void =>
  nowAndWhenTransactionEnds(req, () => deliveryStateOf(req.payload).invalidateContent())

/** A partner changed: its key, origins, audiences or active flag must be read again. */
export const invalidateDeliveredPartners = (req: PayloadRequest): void =>
  nowAndWhenTransactionEnds(req, () => deliveryStateOf(req.payload).invalidatePartners())
