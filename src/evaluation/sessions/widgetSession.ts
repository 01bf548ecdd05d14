import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A signed widget session: what a publishable key may send events inside. The token is the
 * claims as base64url JSON, a dot, and an HMAC-SHA256 of that text under the widget-session key
 * (derived from the server secret): the server keeps nothing per session to check one, and
 * nobody without the secret can make one or change what it names.
 */
export type SessionClaims = {
  /** Audience id. */
  a: string
  /** Campaign id. */
  c: string
  /** Expiry, Unix seconds. */
  exp: number
  /** Issued at, Unix seconds (the server's clock). */
  iat: number
  /** Partner id. */
  p: string
  /** The respondent id the widget made (kept on the partner's page, never stored as such). */
  r: string
  /** Session id: random, names the session in per-session limits. */
  sid: string
  v: 1
}

export type SessionCheck = { claims: SessionClaims } | { problem: 'expired' | 'invalid' }

const base64url = (bytes: Buffer) => bytes.toString('base64url')

const signatureOf = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest()

export const newSessionId = (): string => base64url(randomBytes(12))

export const signSession = (key: Buffer, claims: SessionClaims): string => {
  const body = base64url(Buffer.from(JSON.stringify(claims)))
  return `${body}.${base64url(signatureOf(key, body))}`
}

const isClaims = (value: unknown): value is SessionClaims => {
  if (!value || typeof value !== 'object') return false
  const claims = value as Record<string, unknown>
  return (
    claims.v === 1 &&
    ['a', 'c', 'p', 'r', 'sid'].every((name) => typeof claims[name] === 'string') &&
    Number.isInteger(claims.iat) &&
    Number.isInteger(claims.exp)
  )
}

/** The claims of a token this server signed and that has not expired at `now` (ms). */
export const verifySession = (key: Buffer, token: unknown, now: number): SessionCheck => {
  if (typeof token !== 'string' || token.length > 1024) return { problem: 'invalid' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return { problem: 'invalid' }
  const expected = signatureOf(key, body)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { problem: 'invalid' }
  }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { problem: 'invalid' }
  }
  if (!isClaims(claims)) return { problem: 'invalid' }
  return claims.exp * 1000 <= now ? { problem: 'expired' } : { claims }
}
