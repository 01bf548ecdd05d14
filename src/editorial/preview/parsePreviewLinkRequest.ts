import type { LocaleCode } from '../../domain/locales'

import { isLocaleCode, localeCodes } from '../../domain/locales'

export const DEFAULT_LINK_HOURS = 72
/** A month: long enough for a partner's review round, short enough that links do not linger. */
export const MAX_LINK_HOURS = 24 * 30

export type PreviewLinkRequest = { expiresInHours: number; locale: LocaleCode }

/** `{ "locale": "tl", "expiresInHours": 72 }`; each error names the field and what it takes. */
export const parsePreviewLinkRequest = (body: unknown): PreviewLinkRequest | string => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'Send a JSON body: {"locale": "tl", "expiresInHours": 72}.'
  }
  const { expiresInHours = DEFAULT_LINK_HOURS, locale } = body as Record<string, unknown>
  if (!isLocaleCode(locale)) {
    return `"locale" must be one of ${localeCodes.join(', ')}, got ${JSON.stringify(locale ?? null)}.`
  }
  if (
    typeof expiresInHours !== 'number' ||
    !Number.isInteger(expiresInHours) ||
    expiresInHours < 1 ||
    expiresInHours > MAX_LINK_HOURS
  ) {
    return `"expiresInHours" must be a whole number of hours from 1 to ${MAX_LINK_HOURS}, got ${JSON.stringify(expiresInHours)}.`
  }
  return { expiresInHours, locale }
}
