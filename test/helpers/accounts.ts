import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Role } from '../../src/access/roles'
import type { Partner } from '../../src/payload-types'

export type Headers = Record<string, string>

export const PASSWORD = 'correct horse battery staple'

/** Creates a person with a role and logs in over HTTP, as the admin would. */
export const signInAs = async (
  payload: Payload,
  baseUrl: string,
  role: Role,
): Promise<{ headers: Headers; id: number | string; token: string }> => {
  const email = `${role}-${randomUUID()}@example.org`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role },
  })
  const response = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email, password: PASSWORD }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { headers: { Authorization: `JWT ${token}` }, id: user.id, token }
}

export type PartnerOptions = {
  active?: boolean
  allowedAudiences?: Partner['allowedAudiences']
  allowedOrigins?: string[]
  organisation?: string
}

/**
 * Creates a partner with its own secret API key and returns the header it signs requests with,
 * and its publishable key (the one its pages embed) with that header too.
 */
export const createPartner = async (
  payload: Payload,
  {
    active = true,
    allowedAudiences = [],
    allowedOrigins = [],
    organisation = 'Test partner',
  }: PartnerOptions = {},
): Promise<{
  apiKey: string
  headers: Headers
  id: number | string
  publishableHeaders: Headers
  publishableKey: string
}> => {
  const apiKey = randomUUID()
  const partner = await payload.create({
    collection: 'partners',
    data: {
      active,
      allowedAudiences,
      allowedOrigins,
      apiKey,
      enableAPIKey: true,
      organisation,
    },
  })
  const publishableKey = partner.publishableKey ?? ''
  return {
    apiKey,
    headers: { Authorization: `partners API-Key ${apiKey}` },
    id: partner.id,
    publishableHeaders: { Authorization: `partners API-Key ${publishableKey}` },
    publishableKey,
  }
}
