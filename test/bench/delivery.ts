/**
 * Delivery bench: req/s at 50 connections for a cached published campaign, against a bare
 * node:http server answering the same bytes with the same headers, in the same run, both loaded
 * by wrk. Goal: Aware at least 0.7 of bare node:http.
 *
 * The load generator must not be the ceiling: wrk's own rate (its fastest round against a trivial
 * node:http server, a two-byte answer, or the bare one) is printed too, and must be at least twice
 * Aware's.
 *
 *   npm run bench                                                     (with the other benches)
 *   node --conditions=production --import tsx test/bench/delivery.ts   (alone)
 *
 * Three alternating rounds of BENCH_SECONDS (default 5) per server; the median round counts.
 */
import { once } from 'node:events'
import { createServer, type RequestListener } from 'node:http'
import { fileURLToPath } from 'node:url'

import { type BenchServer, CAMPAIGN, startBenchServer } from './benchServer'
import { type LoadResult, loadWithWrk, wrkVersion } from './loadWithWrk'

const CAMPAIGN_PATH = `/api/delivery/campaigns/${CAMPAIGN}?locale=tl`
const CONNECTIONS = 50
const ROUNDS = 3
export const DELIVERY_GOAL = 0.7
export const GENERATOR_HEADROOM_GOAL = 2

/** The round with the median throughput. */
const median = (rounds: LoadResult[]): LoadResult =>
  [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[
    Math.floor(rounds.length / 2)
  ]

export type DeliveryBenchResult = {
  aware: LoadResult
  /** Requests per CPU-second of the serving process, summed over all rounds. */
  perCpuSecond: { aware: number; bare: number; ratio: number }
  bare: LoadResult
  bytes: number
  /**
   * The fastest round wrk ran against a trivial server (a two-byte answer) or the bare one: what
   * the generator itself can do here, at least.
   */
  ceiling: LoadResult
  generator: string
  ratio: number
}

/** A node:http server in this process, on a free loopback port. */
const startServer = async (listener: RequestListener) => {
  const server = createServer(listener)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${port}${CAMPAIGN_PATH}`,
  }
}

export const benchDelivery = async (
  aware: BenchServer,
  seconds = Number(process.env.BENCH_SECONDS || 5),
): Promise<DeliveryBenchResult> => {
  const url = `${aware.url}${CAMPAIGN_PATH}`
  // The first read fills the cache (through Express); from then on it is served from memory.
  // wrk sends no Accept-Encoding, so both servers send the uncompressed bytes.
  const identity = { ...aware.headers, 'Accept-Encoding': 'identity' }
  await fetch(url, { headers: identity })
  const warm = await fetch(url, { headers: identity })
  if (warm.status !== 200) throw new Error(`delivery answered ${warm.status}`)
  const body = Buffer.from(await warm.arrayBuffer())
  const headers = Object.fromEntries(
    [...warm.headers].filter(([name]) => !['connection', 'date', 'keep-alive'].includes(name)),
  )
  const bare = await startServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(body)
  })
  const trivial = await startServer((_req, res) => res.end('ok'))
  try {
    const options = { connections: CONNECTIONS, headers: aware.headers, seconds }
    // Alternating rounds, median of each: the machine's other work falls on all alike.
    const rounds: { aware: LoadResult[]; bare: LoadResult[]; ceiling: LoadResult[] } = {
      aware: [],
      bare: [],
      ceiling: [],
    }
    // CPU time of the serving process: this one for the bare server, the server's for Aware.
    const cpu = { aware: 0, bare: 0 }
    for (let round = 0; round < ROUNDS; round += 1) {
      rounds.ceiling.push(await loadWithWrk(trivial.url, options))
      const ownBefore = process.cpuUsage()
      rounds.bare.push(await loadWithWrk(bare.url, options))
      const own = process.cpuUsage(ownBefore)
      cpu.bare += (own.user + own.system) / 1e6
      const awareBefore = aware.cpuSeconds()
      rounds.aware.push(await loadWithWrk(url, options))
      cpu.aware += aware.cpuSeconds() - awareBefore
    }
    const served = (loads: LoadResult[]) => loads.reduce((sum, load) => sum + load.requests, 0)
    const perCpuSecond = {
      aware: served(rounds.aware) / cpu.aware,
      bare: served(rounds.bare) / cpu.bare,
    }
    // What wrk can do here is at least the fastest rate it reached against either bare server.
    const fastest = [...rounds.ceiling, ...rounds.bare].reduce((best, load) =>
      load.requestsPerSecond > best.requestsPerSecond ? load : best,
    )
    const result = {
      perCpuSecond: { ...perCpuSecond, ratio: perCpuSecond.aware / perCpuSecond.bare },
      aware: median(rounds.aware),
      bare: median(rounds.bare),
      bytes: body.length,
      ceiling: fastest,
      generator: wrkVersion(),
    }
    return { ...result, ratio: result.aware.requestsPerSecond / result.bare.requestsPerSecond }
  } finally {
    await Promise.all([bare.close(), trivial.close()])
  }
}

export const verdict = (met: boolean) => (met ? 'met' : 'NOT met')

export const printDeliveryBench = (result: DeliveryBenchResult): void => {
  const line = (name: string, load: LoadResult) =>
    `  ${name.padEnd(34)} ${Math.round(load.requestsPerSecond).toString().padStart(7)} req/s   ` +
    `p50 ${load.p50.toFixed(1)} ms   p99 ${load.p99.toFixed(1)} ms   ` +
    `≥400 ${load.non2xx}   errors ${load.errors}`
  console.log(
    `\nDelivery: cached published campaign (${result.bytes} bytes JSON), ${CONNECTIONS} connections, ` +
      `${result.generator}, 1 thread, median of ${ROUNDS} alternating rounds`,
  )
  console.log(line('generator ceiling (fastest round)', result.ceiling))
  console.log(line('bare node:http, same bytes', result.bare))
  console.log(line('Aware GET /api/delivery/…', result.aware))
  const headroom = result.ceiling.requestsPerSecond / result.aware.requestsPerSecond
  console.log(
    `  generator ceiling / Aware: ${headroom.toFixed(1)}× (must be ≥ ${GENERATOR_HEADROOM_GOAL}×: ` +
      `${headroom >= GENERATOR_HEADROOM_GOAL ? 'the generator is not the ceiling' : 'NOT shown; the figures below may be the generator’s'})`,
  )
  console.log(
    `  per CPU-second of the serving process (steadier on a loaded machine): Aware ` +
      `${Math.round(result.perCpuSecond.aware)}, bare ${Math.round(result.perCpuSecond.bare)}, ` +
      `ratio ${result.perCpuSecond.ratio.toFixed(2)}`,
  )
  console.log(
    `  delivery ratio to bare node:http: ${result.ratio.toFixed(2)} ` +
      `(goal ≥ ${DELIVERY_GOAL}: ${verdict(result.ratio >= DELIVERY_GOAL)})`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startBenchServer()
  try {
    printDeliveryBench(await benchDelivery(server))
  } finally {
    await server.stop()
  }
  process.exit(0)
}
