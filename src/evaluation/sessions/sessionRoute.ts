import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import express from 'express'

import type { Environment } from '../../environment'
import type { MountRoutes } from '../../http/mountRoutes'

import { idsOf } from '../../access/roles'
import { settingsOf } from '../../settingsOf'
import { keyMisuse } from '../../partners/keyMisuse'
import { FIELD_RESPONDENT_PREFIX } from '../fieldUpload/readRow'
import { RESPONDENT_PATTERN } from '../events/eventSchema'
import { sendError } from '../../http/sendError'
import { serverKeysFor } from '../ids/serverKeys'
import { authenticate } from '../ingestion/authenticate'
import { loadCampaignTargets } from '../ingestion/campaignTargets'
import { createRateLimiter } from '../ingestion/rateLimiter'
import { newSessionId, signSession } from './widgetSession'

export const SESSIONS_PATH = '/api/widget/sessions'

/** What POST /api/widget/sessions answers, and the widget reads. */
export type SessionAnswer = {
  expiresAt: string
  issuedAt: string
  limits: { eventsPerSession: number; minSecondsPerItem: number }
  session: string
}

const SHAPE =
  'Send {"campaign": "<slug or id>", "audience": "<slug>", "respondent": "<the widget’s random ' +
  'id>"} as JSON.'

const respondentPattern = new RegExp(RESPONDENT_PATTERN)

type SessionRequest = { audience: string; campaign: string; respondent: string }

const readRequest = (body: unknown): SessionRequest | string => {
  if (!body || typeof body !== 'object') return SHAPE
  const { audience, campaign, respondent } = body as Record<string, unknown>
  if (typeof campaign !== 'string' && typeof campaign !== 'number') {
    return `"campaign" is missing. ${SHAPE}`
  }
  if (typeof audience !== 'string') return `"audience" is missing. ${SHAPE}`
  if (
    typeof respondent !== 'string' ||
    respondent.length < 8 ||
    respondent.length > 128 ||
    !respondentPattern.test(respondent) ||
    /^[0-9+ ]+$/.test(respondent)
  ) {
    return (
      '"respondent" must be an opaque random id made by the widget (8–128 letters, digits, "-" ' +
      'or "_"), never a name, email address, phone number or IP address.'
    )
  }
  if (respondent.toLowerCase().startsWith(FIELD_RESPONDENT_PREFIX)) {
    return `"respondent": ids starting with "${FIELD_RESPONDENT_PREFIX}" are reserved to paper sheets.`
  }
  return { audience, campaign: String(campaign), respondent }
}

const sessionsRoute = (
  payload: Payload,
  environment: Pick<
    Environment,
    | 'widgetEventsPerSession'
    | 'widgetMinSecondsPerItem'
    | 'widgetSessionHours'
    | 'widgetSessionsPerMinute'
  >,
): RequestHandler => {
  const allow = createRateLimiter(payload, {
    duration: 60,
    keyPrefix: 'sessions',
    points: environment.widgetSessionsPerMinute,
  })
  return async (req, res) => {
    const authentication = await authenticate(payload, req.headers)
    if ('status' in authentication) {
      return sendError(res, authentication.status, authentication.message)
    }
    const { principal } = authentication
    if (principal.kind !== 'partner' || principal.key !== 'publishable') {
      return sendError(
        res,
        400,
        'Widget sessions are for the publishable key of a partner’s pages. Secret keys and ' +
          'staff sessions send events without one.',
      )
    }
    const { partner } = principal
    const misuse = keyMisuse(
      { allowedOrigins: partner.allowedOrigins ?? [], keyKind: 'publishable' },
      req.get('origin'),
    )
    if (misuse) return sendError(res, 403, misuse)
    const decision = await allow(`sessions:${partner.id}`)
    if (!decision.allowed) {
      return sendError(
        res,
        429,
        `This key opened more than ${environment.widgetSessionsPerMinute} widget sessions in a ` +
          `minute; retry after ${decision.retryAfterSeconds} s.`,
        { 'Retry-After': String(decision.retryAfterSeconds) },
      )
    }
    const request = readRequest(req.body)
    if (typeof request === 'string') return sendError(res, 400, request)
    const target = (await loadCampaignTargets(payload, [request.campaign])).get(request.campaign)
    if (!target || !target.published) {
      return sendError(res, 404, `No published campaign "${request.campaign}".`)
    }
    const audience = target.audiences.get(request.audience)
    if (audience === undefined) {
      return sendError(
        res,
        400,
        `"audience": "${request.audience}" is not an audience of campaign "${target.slug}"; it ` +
          `speaks to ${[...target.audiences.keys()].join(', ')}.`,
      )
    }
    if (!idsOf(partner.allowedAudiences).map(String).includes(audience)) {
      return sendError(
        res,
        403,
        `Your partner account may not serve "${request.audience}". Ask your Aware administrator ` +
          'to add it to your allowed audiences.',
      )
    }
    const issuedAt = Math.floor(Date.now() / 1000)
    const expiresAt = issuedAt + environment.widgetSessionHours * 3600
    const session = signSession(serverKeysFor(payload).widgetSession, {
      a: audience,
      c: target.id,
      exp: expiresAt,
      iat: issuedAt,
      p: String(partner.id),
      r: request.respondent,
      sid: newSessionId(),
      v: 1,
    })
    const answer: SessionAnswer = {
      expiresAt: new Date(expiresAt * 1000).toISOString(),
      issuedAt: new Date(issuedAt * 1000).toISOString(),
      limits: {
        eventsPerSession: environment.widgetEventsPerSession,
        minSecondsPerItem: environment.widgetMinSecondsPerItem,
      },
      session,
    }
    res.status(201).set('Cache-Control', 'no-store').json(answer)
  }
}

const bodyErrors: express.ErrorRequestHandler = (error: { status?: number }, _req, res, next) => {
  if (error.status && error.status >= 400 && error.status < 500) sendError(res, 400, SHAPE)
  else next(error)
}

/**
 * POST /api/widget/sessions: the widget, signed with a partner's publishable key from one of its
 * allowed origins, starts a session for one campaign, audience and respondent before it sends its
 * first event. Sessions per key per minute are limited (WIDGET_SESSIONS_PER_MINUTE).
 */
export const widgetSessionRoutes = (): MountRoutes => (app, payload) => {
  app.post(
    SESSIONS_PATH,
    express.json({ limit: 4096, strict: true }),
    bodyErrors,
    sessionsRoute(payload, settingsOf(payload)),
  )
}
