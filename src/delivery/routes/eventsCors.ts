import type { RequestHandler } from 'express'

import type { DeliveryState } from '../deliveryState'

import { corsHeaders, preflightAnswer } from '../http/cors'
import { writeAnswer } from '../http/writeAnswer'

const EVENTS_METHODS = 'POST, OPTIONS'

/**
 * The widget posts its events from the partner's page to POST /api/events, another origin.
 * Preflights are answered here; the POST itself goes on to the evaluation feature with the CORS
 * headers its partner allows. When the key names no partner, any partner origin may read the
 * (401) answer, so the partner's developer sees why.
 */
export const eventsPreflight =
  (state: DeliveryState): RequestHandler =>
  async (req, res) => {
    const origins = await state.loadOrigins()
    writeAnswer(res, req.method, preflightAnswer(req.get('origin'), origins, EVENTS_METHODS))
  }

export const eventsCors =
  (state: DeliveryState): RequestHandler =>
  async (req, res, next) => {
    const origin = req.get('origin')
    if (!origin) return next()
    res.vary('Origin')
    const authorization = req.get('authorization')
    const lookup = authorization
      ? (state.peekGrant(authorization) ?? (await state.loadGrant(authorization)))
      : undefined
    const allowed =
      lookup && 'grant' in lookup ? lookup.grant.allowedOrigins : await state.loadOrigins()
    res.set(corsHeaders(origin, allowed))
    next()
  }
