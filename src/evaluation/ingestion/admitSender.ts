import type { IncomingHttpHeaders } from 'node:http'
import type { Payload } from 'payload'

import type { Principal } from './principal'

import { authenticate } from './authenticate'
import { rateLimitKeyOf } from './principal'
import { eventRateLimiterOf } from './rateLimiter'

export type Admission =
  | { headers?: Record<string, string>; message: string; status: 401 | 403 | 429 }
  | { principal: Principal }

/**
 * Who may send evaluation data now: an authenticated sender (authenticate.ts) within its rate
 * limit (rateLimiter.ts). Both ways in, POST /api/events and POST /api/events/import, admit so.
 */
export const admitSender = async (
  payload: Payload,
  headers: IncomingHttpHeaders,
): Promise<Admission> => {
  const authentication = await authenticate(payload, headers)
  if ('status' in authentication) return authentication
  const decision = await eventRateLimiterOf(payload)(rateLimitKeyOf(authentication.principal))
  if (decision.allowed) return authentication
  return {
    headers: { 'Retry-After': String(decision.retryAfterSeconds) },
    message: `Too many batches from this key; retry after ${decision.retryAfterSeconds} s.`,
    status: 429,
  }
}
