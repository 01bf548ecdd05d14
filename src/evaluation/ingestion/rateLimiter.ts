import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import type { Environment } from '../../environment'

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
