import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

/** A cached JSON body with its validator; the gzip form is made once, on first demand. */
export type Representation = {
  body: Buffer
  contentLanguage: null | string
  etag: string
  gzip: () => Buffer
}

/** A body already in bytes (a campaign's script), with its validator. */
export const representationOfBytes = (
  body: Buffer,
  contentLanguage: null | string = null,
): Representation => {
  let gzipped: Buffer | undefined
  const representation: Representation = {
    body,
    contentLanguage,
    // Weak, because the same representation is also sent gzip-encoded.
    etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    gzip: () => (gzipped ??= gzipSync(body)),
  }
  return representation
}

export const representationOf = (value: unknown, contentLanguage: null | string = null) =>
  representationOfBytes(Buffer.from(JSON.stringify(value)), contentLanguage)
