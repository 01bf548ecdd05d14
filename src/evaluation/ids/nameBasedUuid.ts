import { createHash } from 'node:crypto'

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: string): boolean => UUID_PATTERN.test(value)

const uuidToBytes = (uuid: string): Buffer => Buffer.from(uuid.replaceAll('-', ''), 'hex')

const bytesToUuid = (bytes: Buffer): string => {
  const hex = bytes.toString('hex')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-')
}

/**
 * A version 5 (SHA-1, name-based) UUID as RFC 9562 defines it: the same namespace and name give
 * the same id on every machine, so a re-sent row or event is recognised as the one already counted.
 */
export const nameBasedUuid = (namespace: string, name: string): string => {
  if (!isUuid(namespace)) throw new Error(`The namespace must be a UUID, got "${namespace}".`)
  const digest = createHash('sha1').update(uuidToBytes(namespace)).update(name, 'utf8').digest()
  const bytes = digest.subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  return bytesToUuid(bytes)
}
