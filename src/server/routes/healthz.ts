import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { isClosing } from '../../db/closeDatabase'
import { databaseKindOf } from '../../db/databaseKind'
import { forwardingStatus } from '../../evaluation/forwarding/forwarding'
import { settingsOf } from '../../settingsOf'

const DATABASE_TIMEOUT_MS = 2000
/** How often a write is tried: a full disk or a read-only database shows within this. */
export const WRITE_PROBE_INTERVAL_MS = 5000
const PROBE_KEY = 'aware:healthz-write-probe'

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])

type Probe = { checkedAt: number; failure: null | string }

/**
 * One small write (a key in Payload's key-value store) every few seconds, in the background, so
 * /healthz stays a cheap read for load balancers yet says when writes fail. The timer does not
 * keep the process alive, and stops once the database is closing.
 */
const startWriteProbe = (payload: Payload): (() => Probe) => {
  let probe: Probe = { checkedAt: Date.now(), failure: null }
  const write = async () => {
    try {
      await withTimeout(payload.kv.set(PROBE_KEY, { at: Date.now() }), DATABASE_TIMEOUT_MS)
      probe = { checkedAt: Date.now(), failure: null }
    } catch (error) {
      payload.logger.error({ err: error, msg: 'healthz: the write probe failed' })
      probe = {
        checkedAt: Date.now(),
        failure: 'the database refuses writes (full disk, read-only?)',
      }
    }
  }
  void write()
  const timer = setInterval(() => {
    if (isClosing(payload)) clearInterval(timer)
    else void write()
  }, WRITE_PROBE_INTERVAL_MS).unref()
  return () => probe
}

/**
 * 200 only when the database answers a real read and took the latest write, so a load balancer
 * can trust it. The reason a 503 gives is worded for anyone: the database's own error (which can
 * hold SQL) goes to the log only. The body also shows the PostHog forwarding backlog (a backlog
 * is no reason to take an instance out).
 */
export const healthz = (payload: Payload): RequestHandler => {
  const latestWrite = startWriteProbe(payload)
  const settings = settingsOf(payload)
  const database = databaseKindOf(settings.databaseUri)
  return async (_req, res) => {
    const unavailable = (reason: string) =>
      res
        .status(503)
        .set('Cache-Control', 'no-store')
        .json({ database, error: reason, status: 'unavailable' })
    let forwarding: Awaited<ReturnType<typeof forwardingStatus>>
    try {
      await withTimeout(
        payload.count({ collection: 'audiences', overrideAccess: true }),
        DATABASE_TIMEOUT_MS,
      )
      forwarding = await withTimeout(forwardingStatus(payload, settings), DATABASE_TIMEOUT_MS)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'healthz: the read failed' })
      return unavailable('database unavailable: it does not answer reads')
    }
    const probe = latestWrite()
    if (probe.failure) return unavailable(`database unavailable: ${probe.failure}`)
    if (Date.now() - probe.checkedAt > 3 * WRITE_PROBE_INTERVAL_MS) {
      return unavailable('database unavailable: writes have not completed for 15 s')
    }
    res.set('Cache-Control', 'no-store').json({ database, forwarding, status: 'ok' })
  }
}
