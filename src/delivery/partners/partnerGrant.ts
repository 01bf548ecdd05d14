import type { PartnerKeyKind } from '../../partners/publishableKey'

/** What a partner's API key allows, as delivery checks it on every request. */
export type PartnerGrant = {
  /** Origins (scheme://host[:port]) whose pages may call Aware from a browser. */
  allowedOrigins: string[]
  /** Slugs of the audiences the partner may show campaigns to. */
  audiences: string[]
  id: number | string
  /** Publishable keys work only from the allowed origins; secret keys never from a page. */
  keyKind: PartnerKeyKind
}

/** Why a request carries no usable partner: each gets its own actionable 401 message. */
export type MissingGrant = 'inactive' | 'invalid' | 'missing' | 'not-a-partner'

export type GrantLookup = { grant: PartnerGrant } | { missing: MissingGrant }
