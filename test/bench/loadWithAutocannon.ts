import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

export type LoadResult = { p50: number; p99: number; requestsPerSecond: number; non2xx: number }

const autocannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/**
 * Loads a URL from a separate process, so the load generator never shares the event loop of
 * the server it measures (on two cores: one serving, one loading, as PLATFORM.md's figures).
 */
export const loadWithAutocannon = async (
  url: string,
  {
    connections = 50,
    headers = {},
    seconds = 10,
  }: {
    connections?: number
    headers?: Record<string, string>
    seconds?: number
  },
): Promise<LoadResult> => {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`])
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [autocannon, '-c', String(connections), '-d', String(seconds), '-j', ...headerArgs, url],
    { maxBuffer: 16 * 1024 * 1024 },
  )
  const report = JSON.parse(stdout) as {
    latency: { p50: number; p99: number }
    non2xx: number
    requests: { average: number }
  }
  return {
    non2xx: report.non2xx,
    p50: report.latency.p50,
    p99: report.latency.p99,
    requestsPerSecond: report.requests.average,
  }
}
