import type { Leases } from './leases'

export type HoldLeaseOptions = {
  /** How long each take or renewal holds it; a holder that dies frees it this long after. */
  forMs: number
  /** How often a waiting taker tries again. */
  pollMs: number
  /** Give up waiting after this long (the lease's holder may be stuck). */
  waitMs: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` while holding the lease `name`: waits for it (trying every `pollMs`), renews it
 * while the work runs, gives it back when the work ends, failed or not.
 */
export const holdLease = async <T>(
  leases: Leases,
  name: string,
  holder: string,
  work: () => Promise<T>,
  { forMs, pollMs, waitMs }: HoldLeaseOptions,
): Promise<T> => {
  const giveUpAt = Date.now() + waitMs
  while (!(await leases.take(name, holder, forMs))) {
    if (Date.now() > giveUpAt) {
      throw new Error(`Waited ${Math.round(waitMs / 1000)} s for the lease "${name}"; giving up.`)
    }
    await sleep(pollMs)
  }
  const renewal = setInterval(() => {
    leases.take(name, holder, forMs).catch(() => undefined)
  }, forMs / 3)
  try {
    return await work()
  } finally {
    clearInterval(renewal)
    await leases.release(name, holder, { failures: 0, notBefore: new Date() })
  }
}
