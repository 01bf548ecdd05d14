import type { Payload } from 'payload'

import { RateLimiterRes } from 'rate-limiter-flexible'

import { settingsOf } from '../../settingsOf'
import { type LimitOptions, sharedLimiter } from './rateLimitStore'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = (key: string) => Promise<RateDecision>

/**
 * `points` takes per key per `duration` seconds, counted in the database every instance shares
 * (rateLimitStore.ts), so N instances behind a load balancer allow the limit once, not N times.
 */
export const createRateLimiter = (payload: Payload, options: LimitOptions): RateLimiter => {
  const limiter = sharedLimiter(payload, options)
  return async (key) => {
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

const limiters = new WeakMap<Payload, RateLimiter>()

/**
 * The one limit a deployment's event senders share (EVENT_RATE_LIMIT_BATCHES per
 * EVENT_RATE_LIMIT_WINDOW_SECONDS): a batch to /api/events and a CSV to /api/events/import each
 * take one of the key's batches, on whichever instance they arrive.
 */
export const eventRateLimiterOf = (payload: Payload): RateLimiter => {
  let limiter = limiters.get(payload)
  if (!limiter) {
    const environment = settingsOf(payload)
    limiter = createRateLimiter(payload, {
      duration: environment.eventRateLimitWindowSeconds,
      keyPrefix: 'events',
      points: environment.eventRateLimitBatches,
    })
    limiters.set(payload, limiter)
  }
  return limiter
}
