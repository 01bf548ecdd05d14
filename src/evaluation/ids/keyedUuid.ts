import { createHmac } from 'node:crypto'

/**
 * A UUID (RFC 9562 version 8, "custom") made from an HMAC-SHA256 of `name` under `key`: the same
 * name gives the same id on every run, so a re-sent row is recognised, but without the key nobody
 * can compute the id of a name, nor test a guessed name against a stored id.
 */
export const keyedUuid = (key: Buffer, name: string): string => {
  const bytes = createHmac('sha256', key).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x80
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-')
}
