import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { databaseKindOf } from '../../db/databaseKind'
import { readEnvironment } from '../../environment'
import { forwardingStatus } from '../../evaluation/forwarding/forwarding'

const DATABASE_TIMEOUT_MS = 2000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])

/**
 * 200 only when the database answers a real query, so a load balancer can trust it. The body
 * also shows the PostHog forwarding backlog (a backlog is no reason to take an instance out).
 */
export const healthz =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    const database = databaseKindOf(readEnvironment().databaseUri)
    try {
      await withTimeout(
        payload.count({ collection: 'audiences', overrideAccess: true }),
        DATABASE_TIMEOUT_MS,
      )
      const forwarding = await withTimeout(
        forwardingStatus(payload, readEnvironment()),
        DATABASE_TIMEOUT_MS,
      )
      res.set('Cache-Control', 'no-store').json({ database, forwarding, status: 'ok' })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      res
        .status(503)
        .set('Cache-Control', 'no-store')
        .json({ database, error: `database unavailable: ${reason}`, status: 'unavailable' })
    }
  }
