import type { IncomingHttpHeaders } from 'node:http'
import type { Payload } from 'payload'

import type { Principal } from './principal'

import { canSubmitEvents } from '../../access/canSubmitEvents'
import { webHeaders } from '../../http/webHeaders'
import { PARTNER_KEY_SCHEME, resolvePartnerKey } from '../../partners/resolvePartnerKey'

export type Authentication = { principal: Principal } | { message: string; status: 401 | 403 }

const refusals = {
  forbidden: {
    message: 'This account may not record evaluation events.',
    status: 403,
  },
  inactive: {
    message:
      'This partner key has been deactivated. Ask your Aware administrator to reactivate it ' +
      '(Partners → Active).',
    status: 403,
  },
  missing: {
    message:
      'Sign the request with your partner API key (Authorization: partners API-Key <key>) or ' +
      'sign in as a staff member.',
    status: 401,
  },
  unknown: {
    message:
      'This API key is not recognised. Check that the whole key was copied after ' +
      '"partners API-Key ", or ask your Aware administrator for a new one.',
    status: 401,
  },
} as const

/**
 * Who sent a request: an active partner's key, publishable or secret (cached, see src/partners),
 * or a staff session (JWT header or cookie, checked by Payload on every request).
 */
export const authenticate = async (
  payload: Payload,
  headers: IncomingHttpHeaders,
): Promise<Authentication> => {
  const authorization = headers.authorization
  if (authorization?.startsWith(PARTNER_KEY_SCHEME)) {
    const lookup = await resolvePartnerKey(payload, authorization)
    return 'partner' in lookup
      ? { principal: { key: lookup.kind, kind: 'partner', partner: lookup.partner } }
      : refusals[lookup.refusal]
  }
  const { user } = await payload.auth({ headers: webHeaders(headers) })
  if (!user) return refusals.missing
  if (user.collection !== 'users' || !canSubmitEvents(user)) return refusals.forbidden
  return { principal: { kind: 'user', user } }
}
