import type { FieldHook } from 'payload'

/**
 * What people paste is often an address, not an origin: `https://Partner.example.org/` becomes
 * `https://partner.example.org`, the origin browsers send. Anything with a path, query or
 * fragment is left as typed, for the validator to explain.
 */
export const normalizeOrigins: FieldHook = ({ value }) => {
  if (!Array.isArray(value)) return value
  return value.map((entry: unknown) => {
    if (typeof entry !== 'string') return entry
    const trimmed = entry.trim()
    if (!URL.canParse(trimmed)) return trimmed
    const url = new URL(trimmed)
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username
    return bare && /^https?:$/.test(url.protocol) ? url.origin : trimmed
  })
}
