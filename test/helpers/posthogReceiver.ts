import { once } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import { gunzipSync } from 'node:zlib'

/** One message of a PostHog /batch/ request, as posthog-node sends it. */
export type ReceivedMessage = {
  distinct_id: string
  event: string
  properties: Record<string, unknown>
  timestamp: string
  uuid: string
}

export type ReceivedBatch = {
  api_key: string
  batch: ReceivedMessage[]
  /** Whether the body came gzip-encoded. */
  gzip: boolean
  /** The decoded request body, to search for anything that must never leave Aware. */
  raw: string
  sent_at: string
}

/** How the stand-in answers: accept, fail for now (5xx), or refuse for good (4xx). */
export type ReceiverMode = 'accept' | 'refuse' | 'unavailable'

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * A local stand-in for PostHog's cloud: it decodes every /batch/ request (gzip or not) and keeps
 * the batches it accepted, so tests check what would have left the machine.
 */
export const startPosthogReceiver = async () => {
  let mode: ReceiverMode = 'accept'
  const accepted: ReceivedBatch[] = []
  const requests: { gzip: boolean; path: string; status: number }[] = []

  const server = createServer(async (request, response) => {
    const body = await readBody(request)
    const gzip = request.headers['content-encoding'] === 'gzip'
    const path = request.url ?? ''
    const status = !path.startsWith('/batch/')
      ? 404
      : mode === 'accept'
        ? 200
        : mode === 'refuse'
          ? 401
          : 503
    requests.push({ gzip, path, status })
    if (status === 200) {
      const raw = (gzip ? gunzipSync(body) : body).toString('utf8')
      accepted.push({ ...(JSON.parse(raw) as Omit<ReceivedBatch, 'gzip' | 'raw'>), gzip, raw })
    }
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(status === 200 ? { status: 1 } : { error: 'stand-in refusal' }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  const messages = () => accepted.flatMap((batch) => batch.batch)

  return {
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    messages,
    requests,
    setMode: (next: ReceiverMode) => {
      mode = next
    },
    url: `http://127.0.0.1:${port}`,
    /** Resolves once at least `count` messages were accepted, or fails after `timeoutMs`. */
    waitForMessages: async (count: number, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (messages().length < count) {
        if (Date.now() > deadline) {
          throw new Error(`PostHog stand-in got ${messages().length} of ${count} messages`)
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return messages()
    },
  }
}

export type PosthogReceiver = Awaited<ReturnType<typeof startPosthogReceiver>>

/** A loopback URL nobody listens on: PostHog down, failing fast with "connection refused". */
export const unreachablePosthogHost = async (): Promise<string> => {
  const probe = createTcpServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const address = probe.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise((resolve) => probe.close(resolve))
  return `http://127.0.0.1:${port}`
}
