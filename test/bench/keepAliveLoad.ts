import { Agent, request } from 'node:http'

export type LoadOutcome = {
  errors: number
  latenciesMs: number[]
  non2xx: number
  ok: number
  seconds: number
}

/**
 * Posts bodies from `nextBody` over keep-alive connections, `concurrency` at a time, for
 * `seconds`: a closed-loop load like autocannon's, but each request gets a fresh body (fresh
 * event ids), which autocannon's command line cannot do.
 */
export const keepAliveLoad = async ({
  concurrency,
  headers,
  nextBody,
  seconds,
  url,
}: {
  concurrency: number
  headers: Record<string, string>
  nextBody: () => string
  seconds: number
  url: string
}): Promise<LoadOutcome> => {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const target = new URL(url)
  const outcome: LoadOutcome = { errors: 0, latenciesMs: [], non2xx: 0, ok: 0, seconds }
  const deadline = performance.now() + seconds * 1000
  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          agent,
          headers: {
            ...headers,
            'Content-Length': Buffer.byteLength(body),
            'Content-Type': 'application/json',
          },
          hostname: target.hostname,
          method: 'POST',
          path: target.pathname,
          port: target.port,
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  const worker = async () => {
    while (performance.now() < deadline) {
      const body = nextBody()
      const started = performance.now()
      try {
        const status = await post(body)
        outcome.latenciesMs.push(performance.now() - started)
        if (status >= 200 && status < 300) outcome.ok += 1
        else outcome.non2xx += 1
      } catch {
        outcome.errors += 1
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  outcome.seconds = (performance.now() - started) / 1000
  agent.destroy()
  return outcome
}

export const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
}
