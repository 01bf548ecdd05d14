import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload } from 'payload'

import express from 'express'

import type { MountRoutes } from '../../http/mountRoutes'
import type { Forwarder } from '../forwarding/forwarder'

import { keyMisuse } from '../../partners/keyMisuse'
import { refuseDeepNesting } from '../../http/jsonNesting'
import { MAX_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from '../events/wireEvent'
import { noForwarding } from '../forwarding/forwarder'
import { sendError } from '../../http/sendError'
import { serverKeysFor } from '../ids/serverKeys'
import { settingsOf } from '../../settingsOf'
import { createSessionLimits } from '../sessions/sessionLimits'
import { verifySession } from '../sessions/widgetSession'
import { admitSender } from './admitSender'
import { ingestEvents } from './ingestEvents'
import { type Principal } from './principal'

export const EVENTS_PATH = '/api/events'

export type EventRoutesOptions = {
  /** Where accepted events go next (PostHog); nowhere by default. */
  forwarderFor?: (payload: Payload) => Forwarder
}

const BODY_SHAPE =
  'Send {"events": [ … ]} as JSON with Content-Type: application/json (see docs/evaluation.md).'

const sessionRefusals = {
  expired:
    'The widget session has expired. Start a new one (POST /api/widget/sessions) and send the ' +
    'events again with it.',
  invalid:
    'A publishable key sends events only inside a widget session: send {"session": "<token ' +
    'from POST /api/widget/sessions>", "events": [ … ]}. Server-to-server integrations sign ' +
    'with the secret key instead.',
} as const

const bodyErrors: ErrorRequestHandler = (
  error: { status?: number; type?: string },
  _req,
  res,
  next,
) => {
  if (error.type === 'entity.too.large') {
    sendError(res, 413, `The batch is larger than ${MAX_BATCH_BYTES} bytes; send smaller batches.`)
  } else if (error.type === 'entity.too.deep') {
    sendError(res, 400, `${(error as Error).message} ${BODY_SHAPE}`)
  } else if (error.type === 'entity.parse.failed') {
    sendError(res, 400, `The body is not valid JSON (${(error as Error).message}). ${BODY_SHAPE}`)
  } else if (error.status && error.status >= 400 && error.status < 500) {
    sendError(res, 400, `The body could not be read (${(error as Error).message}). ${BODY_SHAPE}`)
  } else next(error)
}

/**
 * POST /api/events: authenticate (partner key or staff session), rate-limit per key, read at most
 * 1 MB of JSON, then ingest. A publishable key must be used from the partner's origins and inside
 * a signed widget session (`session` in the body); a secret key never from a page. Per-event
 * problems come back in `rejected`, by index, with a 200.
 */
export const eventRoutes =
  ({ forwarderFor = () => noForwarding }: EventRoutesOptions = {}): MountRoutes =>
  (app, payload) => {
    const environment = settingsOf(payload)
    const sessionLimits = createSessionLimits({
      eventsPerSession: environment.widgetEventsPerSession,
      sessionHours: environment.widgetSessionHours,
    })

    const admit: RequestHandler = async (req, res, next) => {
      const admission = await admitSender(payload, req.headers)
      if ('status' in admission) {
        return sendError(res, admission.status, admission.message, admission.headers)
      }
      const { principal } = admission
      if (principal.kind === 'partner') {
        const misuse = keyMisuse(
          { allowedOrigins: principal.partner.allowedOrigins ?? [], keyKind: principal.key },
          req.get('origin'),
        )
        if (misuse) return sendError(res, 403, misuse)
      }
      res.locals.principal = principal
      next()
    }

    const ingest: RequestHandler = async (req, res) => {
      if (!req.is('application/json')) return sendError(res, 400, BODY_SHAPE)
      const body: unknown = req.body
      const events =
        body && typeof body === 'object' && 'events' in body ? (body.events as unknown) : undefined
      if (!Array.isArray(events))
        return sendError(res, 400, `The body has no "events" list. ${BODY_SHAPE}`)
      if (events.length > MAX_EVENTS_PER_BATCH) {
        return sendError(
          res,
          413,
          `The batch has ${events.length} events; send at most ${MAX_EVENTS_PER_BATCH} per request.`,
        )
      }
      const principal = res.locals.principal as Principal
      let session
      if (principal.kind === 'partner' && principal.key === 'publishable') {
        const check = verifySession(
          serverKeysFor(payload).widgetSession,
          (body as { session?: unknown }).session,
          Date.now(),
        )
        if ('problem' in check) return sendError(res, 401, sessionRefusals[check.problem])
        if (check.claims.p !== String(principal.partner.id)) {
          return sendError(res, 401, sessionRefusals.invalid)
        }
        session = {
          claims: check.claims,
          limits: sessionLimits,
          minSecondsPerItem: environment.widgetMinSecondsPerItem,
        }
      }
      const result = await ingestEvents(payload, {
        events,
        forwarder: forwarderFor(payload),
        principal,
        session,
      })
      res.set('Cache-Control', 'no-store').json(result)
    }

    app.post(
      EVENTS_PATH,
      admit,
      express.json({ limit: MAX_BATCH_BYTES, strict: true, verify: refuseDeepNesting }),
      bodyErrors,
      ingest,
    )
  }
