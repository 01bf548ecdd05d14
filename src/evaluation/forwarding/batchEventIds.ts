import { gunzipSync } from 'node:zlib'

type BatchBody = Blob | string | Uint8Array | undefined

const GZIP_MAGIC = [0x1f, 0x8b]

const bytesOf = async (body: Blob | Uint8Array): Promise<Uint8Array> =>
  body instanceof Uint8Array ? body : new Uint8Array(await body.arrayBuffer())

const textOf = async (body: Exclude<BatchBody, undefined>): Promise<string> => {
  if (typeof body === 'string') return body
  const bytes = await bytesOf(body)
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]
  return Buffer.from(gzipped ? gunzipSync(bytes) : bytes).toString('utf8')
}

const uuidsIn = (parsed: unknown): string[] => {
  if (typeof parsed !== 'object' || parsed === null || !('batch' in parsed)) return []
  const { batch } = parsed
  if (!Array.isArray(batch)) return []
  return batch.flatMap((message: unknown) =>
    typeof message === 'object' &&
    message !== null &&
    'uuid' in message &&
    typeof message.uuid === 'string'
      ? [message.uuid]
      : [],
  )
}

/** The event UUIDs in a PostHog /batch/ request body (gzip-encoded or plain JSON). */
export const batchEventIds = async (body: BatchBody): Promise<string[]> => {
  if (body === undefined) return []
  try {
    return uuidsIn(JSON.parse(await textOf(body)))
  } catch {
    return []
  }
}
