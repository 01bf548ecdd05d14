import type { Answer } from './answer'

import { emptyAnswer, errorAnswer } from './answer'

/** Chromium caps a preflight's lifetime at two hours; asking for more changes nothing. */
const PREFLIGHT_MAX_AGE_SECONDS = 7200

/** CORS response headers for a request from `origin`, empty unless the origin is allowed. */
export const corsHeaders = (
  origin: string | undefined,
  allowedOrigins: Iterable<string>,
): Record<string, string> => {
  if (!origin) return {}
  for (const allowed of allowedOrigins) {
    if (allowed === origin) {
      return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag' }
    }
  }
  return {}
}

/**
 * Answers a CORS preflight. It carries no API key, so the origin is checked against every
 * active partner's allowed origins; the real request is checked against its own partner.
 */
export const preflightAnswer = (
  origin: string | undefined,
  anyPartnerOrigins: Set<string>,
  methods: string,
): Answer => {
  if (!origin) return emptyAnswer(204, { Allow: methods, Vary: 'Origin' })
  if (!anyPartnerOrigins.has(origin)) {
    return errorAnswer(
      403,
      `The origin ${origin} is not an allowed origin of any partner. Ask your Aware administrator ` +
        'to add it to your partner account (Partners → Allowed origins).',
      { Vary: 'Origin' },
    )
  }
  return emptyAnswer(204, {
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
    'Access-Control-Allow-Methods': methods,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
    'Cache-Control': 'no-store',
    Vary: 'Origin',
  })
}
