import type { Payload } from 'payload'

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import type { Environment } from '../../environment'

import { readEnvironment } from '../../environment'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Batches per key per window (EVENT_RATE_LIMIT_BATCHES per EVENT_RATE_LIMIT_WINDOW_SECONDS), in
 * this process's memory: with several processes each counts its own share.
 */
export const createRateLimiter = (
  environment: Pick<Environment, 'eventRateLimitBatches' | 'eventRateLimitWindowSeconds'>,
) => {
  const limiter = new RateLimiterMemory({
    duration: environment.eventRateLimitWindowSeconds,
    points: environment.eventRateLimitBatches,
  })
  return async (key: string): Promise<RateDecision> => {
    try {
      await limiter.consume(key)
      return { allowed: true }
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      }
    }
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>

const limiters = new WeakMap<Payload, RateLimiter>()

/**
 * The one limit a Payload instance's event senders share: a batch to /api/events and a CSV to
 * /api/events/import each take one of the key's batches.
 */
export const eventRateLimiterOf = (payload: Payload): RateLimiter => {
  let limiter = limiters.get(payload)
  if (!limiter) limiters.set(payload, (limiter = createRateLimiter(readEnvironment())))
  return limiter
}
