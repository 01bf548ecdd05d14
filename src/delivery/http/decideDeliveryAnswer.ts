import type { CacheEntry, EntryKey } from '../cache/cacheEntries'
import type { Representation } from '../cache/representation'
import type { GrantLookup, MissingGrant, PartnerGrant } from '../partners/partnerGrant'
import type { Answer } from './answer'
import type { DeliveryRequest } from './deliveryRequest'

import { keyMisuse } from '../../partners/keyMisuse'
import { PARTNER_KEY_SCHEME } from '../../partners/resolvePartnerKey'
import { emptyAnswer, errorAnswer } from './answer'
import { corsHeaders, preflightAnswer } from './cors'
import { headerValue } from './deliveryRequest'
import { DELIVERY_METHODS, parseDeliveryTarget } from './deliveryPath'
import { acceptsGzip, matchesIfNoneMatch } from './negotiation'

/** What answering needs from the cache; `undefined` means "not cached yet". */
export type CacheView = {
  entry: (key: EntryKey) => CacheEntry | undefined
  grant: (authorization: string) => GrantLookup | undefined
  origins: () => Set<string> | undefined
}

/** What must be loaded before the request can be answered. */
export type Need =
  { authorization: string; kind: 'grant' } | { key: EntryKey; kind: 'entry' } | { kind: 'origins' }

export type Decision = { answer: Answer } | { need: Need }

/** Browsers may keep a campaign this long before asking again (with If-None-Match). */
export const CLIENT_MAX_AGE_SECONDS = 60
const GZIP_MIN_BYTES = 1024

const unauthorized: Record<MissingGrant, string> = {
  inactive:
    'This partner account has been deactivated, so its API key no longer works. Contact your ' +
    'Aware administrator.',
  invalid:
    'This partner API key is not valid. Check that you copied the whole key, or ask your Aware ' +
    'administrator for a new one.',
  missing:
    'Send your partner API key in the Authorization header: ' +
    '"Authorization: partners API-Key <your key>".',
  'not-a-partner':
    'The delivery API takes a partner API key: "Authorization: partners API-Key <your key>". ' +
    'Ask your Aware administrator for one.',
}

const listOf = (values: string[]) => (values.length ? values.join(', ') : 'none yet')

/**
 * The answers already built from each representation, by everything else they depend on (status,
 * max-age, CORS origin, encoding): a repeated read gets the same Answer object, so nothing is
 * built, spread or encoded again for it. Held weakly, so an answer goes with its entry.
 */
const answersOf = new WeakMap<Representation, Map<string, Answer>>()

const buildServedAnswer = (
  representation: Representation,
  maxAge: number,
  cors: Record<string, string>,
  notModified: boolean,
  gzip: boolean,
): Answer => {
  const headers: Record<string, string> = {
    'Cache-Control': `private, max-age=${maxAge}`,
    ETag: representation.etag,
    Vary: 'Authorization, Origin, Accept-Encoding',
    ...cors,
  }
  if (representation.contentLanguage) headers['Content-Language'] = representation.contentLanguage
  if (notModified) return emptyAnswer(304, headers)
  const body = gzip ? representation.gzip() : representation.body
  return {
    body,
    headers: {
      ...headers,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': String(body.length),
      'Content-Type': 'application/json; charset=utf-8',
    },
    status: 200,
  }
}

const servedFrom = (
  request: DeliveryRequest,
  representation: Representation,
  changesAt: number,
  cors: Record<string, string>,
  now: number,
): Answer => {
  const untilChange = Math.floor((changesAt - now) / 1000)
  const maxAge = Math.max(0, Math.min(CLIENT_MAX_AGE_SECONDS, untilChange))
  const notModified = matchesIfNoneMatch(
    headerValue(request.headers, 'if-none-match'),
    representation.etag,
  )
  const gzip =
    !notModified &&
    representation.body.length >= GZIP_MIN_BYTES &&
    acceptsGzip(headerValue(request.headers, 'accept-encoding'))
  const variant = `${maxAge}|${notModified ? 304 : gzip ? 'gzip' : 200}|${cors['Access-Control-Allow-Origin'] ?? ''}`
  let answers = answersOf.get(representation)
  if (!answers) answersOf.set(representation, (answers = new Map()))
  let answer = answers.get(variant)
  if (!answer) {
    answer = buildServedAnswer(representation, maxAge, cors, notModified, gzip)
    answers.set(variant, answer)
  }
  return answer
}

/** An error met before the partner is known, readable by any partner's origin. */
const earlyError = (
  origin: string | undefined,
  anyPartnerOrigins: Set<string> | undefined,
  status: number,
  message: string,
  extra: Record<string, string> = {},
): Decision =>
  anyPartnerOrigins || !origin
    ? {
        answer: errorAnswer(status, message, {
          ...corsHeaders(origin, anyPartnerOrigins ?? []),
          Vary: 'Authorization, Origin',
          ...extra,
        }),
      }
    : { need: { kind: 'origins' } }

/** An error once the partner is known, readable by its own origins. */
const partnerError = (cors: Record<string, string>, status: number, message: string): Decision => ({
  answer: errorAnswer(status, message, { ...cors, Vary: 'Authorization, Origin' }),
})

/**
 * Decides the answer to a delivery request from what is cached, or says what is missing. The
 * fast path calls it once and gives up on a `need`; the Express route loads what is needed and
 * calls it again. One function, so both paths answer byte for byte alike.
 */
export const decideDeliveryAnswer = (
  request: DeliveryRequest,
  cache: CacheView,
  now: number,
): Decision => {
  const { params, path } = parseDeliveryTarget(request.method, request.url)
  const origin = headerValue(request.headers, 'origin')

  const anyPartnerOrigins = cache.origins()

  if (path.kind === 'preflight') {
    return anyPartnerOrigins
      ? { answer: preflightAnswer(origin, anyPartnerOrigins, DELIVERY_METHODS) }
      : { need: { kind: 'origins' } }
  }
  if (path.kind === 'invalid') {
    const allow: Record<string, string> = path.status === 405 ? { Allow: DELIVERY_METHODS } : {}
    return earlyError(origin, anyPartnerOrigins, path.status, path.message, allow)
  }

  const authorization = headerValue(request.headers, 'authorization')
  if (!authorization) return earlyError(origin, anyPartnerOrigins, 401, unauthorized.missing)
  if (!authorization.startsWith(PARTNER_KEY_SCHEME)) {
    return earlyError(origin, anyPartnerOrigins, 401, unauthorized['not-a-partner'])
  }
  const lookup = cache.grant(authorization)
  if (!lookup) return { need: { authorization, kind: 'grant' } }
  if ('missing' in lookup)
    return earlyError(origin, anyPartnerOrigins, 401, unauthorized[lookup.missing])
  const partner: PartnerGrant = lookup.grant
  const cors = corsHeaders(origin, partner.allowedOrigins)
  const misuse = keyMisuse(partner, origin)
  if (misuse) return partnerError(cors, 403, misuse)

  if (params.kind === 'invalid') return partnerError(cors, params.status, params.message)
  if (params.audience !== null && !partner.audiences.includes(params.audience)) {
    return partnerError(
      cors,
      403,
      `Your partner account may not show campaigns to the audience "${params.audience}". ` +
        `It may serve: ${listOf(partner.audiences)}.`,
    )
  }

  if (path.kind === 'list') {
    const audiences = params.audience ? [params.audience] : [...partner.audiences].sort()
    const key: EntryKey = { audiences, kind: 'list', locale: params.locale }
    const entry = cache.entry(key)
    if (!entry) return { need: { key, kind: 'entry' } }
    if (entry.kind !== 'list') throw new Error('a campaign entry under a list key')
    return { answer: servedFrom(request, entry.representation, entry.changesAt, cors, now) }
  }

  const key: EntryKey = { kind: 'campaign', locale: params.locale, slug: path.slug }
  const entry = cache.entry(key)
  if (!entry) return { need: { key, kind: 'entry' } }
  if (entry.kind === 'list') throw new Error('a list entry under a campaign key')
  if (entry.kind === 'absent') {
    return partnerError(
      cors,
      404,
      `No published campaign "${path.slug}" is running now. List the campaigns you can show ` +
        'with GET /api/delivery/campaigns.',
    )
  }
  if (!entry.audiences.some((audience) => partner.audiences.includes(audience))) {
    return partnerError(
      cors,
      403,
      `Campaign "${path.slug}" is for audiences your partner account does not serve ` +
        `(${listOf(entry.audiences)}). It may serve: ${listOf(partner.audiences)}.`,
    )
  }
  if (params.audience !== null && !entry.audiences.includes(params.audience)) {
    return partnerError(
      cors,
      404,
      `Campaign "${path.slug}" is not aimed at the audience "${params.audience}"; it is for: ` +
        `${listOf(entry.audiences)}.`,
    )
  }
  return { answer: servedFrom(request, entry.representation, entry.changesAt, cors, now) }
}
