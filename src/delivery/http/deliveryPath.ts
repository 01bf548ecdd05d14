import type { LocaleCode } from '../../domain/locales'

import { defaultLocale, isLocaleCode, localeCodes } from '../../domain/locales'

export const DELIVERY_PREFIX = '/api/delivery/'
export const DELIVERY_METHODS = 'GET, HEAD, OPTIONS'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 120

export type DeliveryPath =
  | { kind: 'campaign'; slug: string }
  | { kind: 'invalid'; message: string; status: 400 | 404 | 405 }
  | { kind: 'list' }
  | { kind: 'preflight' }

export type DeliveryParams =
  | { audience: null | string; kind: 'params'; locale: LocaleCode }
  | { kind: 'invalid'; message: string; status: 400 }

const UNKNOWN_ENDPOINT =
  'Unknown delivery endpoint. Use GET /api/delivery/campaigns or GET ' +
  '/api/delivery/campaigns/{slug}; the reference is at /api/openapi.json.'

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Which delivery endpoint a method and path name, before anything else is checked. */
export const parseDeliveryPath = (method: string, pathname: string): DeliveryPath => {
  const parts = pathname.slice(DELIVERY_PREFIX.length).split('/').filter(Boolean)
  if (parts[0] !== 'campaigns' || parts.length > 2) {
    return { kind: 'invalid', message: UNKNOWN_ENDPOINT, status: 404 }
  }
  if (method === 'OPTIONS') return { kind: 'preflight' }
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      kind: 'invalid',
      message: `The delivery API is read-only: use GET (${method} is not supported).`,
      status: 405,
    }
  }
  if (parts.length === 1) return { kind: 'list' }
  const slug = decodeSegment(parts[1])
  if (slug.length > MAX_SLUG_LENGTH || !slugPattern.test(slug)) {
    return {
      kind: 'invalid',
      message:
        `"${slug.slice(0, MAX_SLUG_LENGTH)}" is not a campaign slug: slugs are lower-case ` +
        'letters, digits and single hyphens, e.g. "philippines-pre-departure".',
      status: 400,
    }
  }
  return { kind: 'campaign', slug }
}

const allowedParams = ['audience', 'locale']

/** `locale` (default: the default locale) and `audience` (optional), nothing else. */
export const parseDeliveryParams = (search: URLSearchParams): DeliveryParams => {
  for (const name of new Set(search.keys())) {
    if (!allowedParams.includes(name)) {
      return {
        kind: 'invalid',
        message: `Unknown query parameter "${name}". This endpoint takes: ${allowedParams.join(', ')}.`,
        status: 400,
      }
    }
    if (search.getAll(name).length > 1) {
      return { kind: 'invalid', message: `Give "${name}" once, not several times.`, status: 400 }
    }
  }
  const locale = search.get('locale') || defaultLocale
  if (!isLocaleCode(locale)) {
    return {
      kind: 'invalid',
      message: `Unknown locale "${locale}". Use one of: ${localeCodes.join(', ')}.`,
      status: 400,
    }
  }
  const audience = search.get('audience') || null
  if (audience !== null && !slugPattern.test(audience)) {
    return {
      kind: 'invalid',
      message: `"${audience}" is not an audience slug: use e.g. "migrant-workers".`,
      status: 400,
    }
  }
  return { audience, kind: 'params', locale }
}

export type DeliveryTarget = { params: DeliveryParams; path: DeliveryPath }

/** Enough for every endpoint, locale and audience partners ask for; a flood only empties it. */
const MAX_REMEMBERED_TARGETS = 1_000
const rememberedTargets = new Map<string, DeliveryTarget>()

/**
 * The endpoint and parameters a method and request target (path and query) name. Pure, so the
 * parse of a target seen before is reused: repeated reads, the fast path's case, skip the URL
 * parser. The results are never modified.
 */
export const parseDeliveryTarget = (method: string, target: string): DeliveryTarget => {
  const key = `${method} ${target}`
  const remembered = rememberedTargets.get(key)
  if (remembered) return remembered
  const url = new URL(target, 'http://delivery.invalid')
  const parsed: DeliveryTarget = {
    params: parseDeliveryParams(url.searchParams),
    path: parseDeliveryPath(method, url.pathname),
  }
  if (rememberedTargets.size >= MAX_REMEMBERED_TARGETS) rememberedTargets.clear()
  rememberedTargets.set(key, parsed)
  return parsed
}
