import type { PartnerKeyKind } from './publishableKey'

const listOf = (values: string[]) => (values.length ? values.join(', ') : 'none yet')

/**
 * Why a partner's key may not sign this request, or null. A publishable key is in pages, so it
 * is only good from the partner's own origins (a browser sends the page's Origin); a secret key
 * must never be in a page, so a browser request signed with it is refused, which also tells a
 * partner who pasted the wrong key what to do.
 */
export const keyMisuse = (
  partner: { allowedOrigins: string[]; keyKind: PartnerKeyKind },
  origin: string | undefined,
): null | string => {
  if (partner.keyKind === 'secret') {
    return origin
      ? 'This is a partner’s secret key: it must never be in a web page. Embed the publishable ' +
          'key (pk_…) instead, and keep the secret key on your servers.'
      : null
  }
  if (origin && partner.allowedOrigins.includes(origin)) return null
  return (
    `A publishable key works only in pages on your allowed origins (${listOf(partner.allowedOrigins)})` +
    (origin ? `, not on ${origin}` : '') +
    '. From your servers, sign with the secret key.'
  )
}
