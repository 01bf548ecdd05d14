import type { BatchResult, WireEvent } from '../../evaluation/events/wireEvent'

const MAX_ATTEMPTS = 6

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Seconds in Retry-After (the server's rate limit says when to come back), else back-off. */
const waitFor = (response: Response | null, attempt: number) => {
  const retryAfter = Number(response?.headers.get('retry-after'))
  return Number.isFinite(retryAfter) && retryAfter > 0
    ? retryAfter * 1000
    : Math.min(10_000, 250 * 2 ** attempt)
}

/**
 * Posts one batch as a partner's site would: on a rate limit, a server error or a dropped
 * connection it waits and sends the very same batch again, which the server counts once.
 */
export const postBatch = async (
  url: string,
  key: string,
  events: readonly WireEvent[],
): Promise<BatchResult & { attempts: number }> => {
  let lastProblem = ''
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    let response: Response | null = null
    try {
      response = await fetch(`${url}/api/events`, {
        body: JSON.stringify({ events }),
        headers: { Authorization: `partners API-Key ${key}`, 'Content-Type': 'application/json' },
        method: 'POST',
      })
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    if (response?.ok) return { ...((await response.json()) as BatchResult), attempts: attempt }
    if (response && response.status !== 429 && response.status < 500) {
      throw new Error(`POST /api/events answered ${response.status}: ${await response.text()}`)
    }
    if (response) lastProblem = `HTTP ${response.status}`
    await sleep(waitFor(response, attempt))
  }
  throw new Error(`POST /api/events failed ${MAX_ATTEMPTS} times; last: ${lastProblem}`)
}
