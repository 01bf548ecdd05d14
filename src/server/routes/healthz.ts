import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { databaseKindOf } from '../../db/databaseKind'
import { readEnvironment } from '../../environment'

const DATABASE_TIMEOUT_MS = 2000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])

/** 200 only when the database answers a real query, so a load balancer can trust it. */
export const healthz =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    const database = databaseKindOf(readEnvironment().databaseUri)
    try {
      await withTimeout(
        payload.count({ collection: 'audiences', overrideAccess: true }),
        DATABASE_TIMEOUT_MS,
      )
      res.set('Cache-Control', 'no-store').json({ database, status: 'ok' })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      res
        .status(503)
        .set('Cache-Control', 'no-store')
        .json({ database, error: `database unavailable: ${reason}`, status: 'unavailable' })
    }
  }
