/**
 * Delivery bench: req/s and p99 at 50 connections for a cached published campaign, against a
 * bare node:http server answering the same bytes with the same headers, in the same run.
 * Goal: Aware at least 0.5 of bare node:http.
 *
 *   npm run bench                                   (with the other benches)
 *   node --conditions=production --import tsx test/bench/delivery.ts   (alone)
 *
 * Three alternating rounds of BENCH_SECONDS (default 5) per server; the median round counts.
 */
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadWithAutocannon, type LoadResult } from './loadWithAutocannon'

const CAMPAIGN_PATH = '/api/delivery/campaigns/philippines-pre-departure?locale=tl'
const CONNECTIONS = 50
const ROUNDS = 3

/** The round with the median throughput. */
const median = (rounds: LoadResult[]): LoadResult =>
  [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[
    Math.floor(rounds.length / 2)
  ]

export type DeliveryBenchResult = {
  aware: LoadResult
  bare: LoadResult
  bytes: number
  fastPathAnswers: number
  ratio: number
}

/** A server that answers every request with the given bytes and headers, and nothing else. */
const startBareServer = async (body: Buffer, headers: Record<string, string>) => {
  const server = createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(body)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${port}${CAMPAIGN_PATH}`,
  }
}

export const benchDelivery = async (seconds = Number(process.env.BENCH_SECONDS || 5)) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-bench-delivery-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'aware.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET ??= 'aware-bench-secret-0123456789abcdef0123456789'
  process.env.LOG_LEVEL ??= 'warn'
  // Imported after the environment is set: the Payload config reads it when loaded.
  const { startTestServer } = await import('../helpers/testServer')
  const { importBundledCampaigns } = await import('../helpers/bundledCampaigns')
  const { createPartner } = await import('../helpers/accounts')
  const { deliveryStateOf } = await import('../../src/delivery/deliveryState')

  const aware = await startTestServer()
  try {
    const ids = await importBundledCampaigns(aware.payload)
    const partner = await createPartner(aware.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    const url = `${aware.url}${CAMPAIGN_PATH}`
    // The first read fills the cache (through Express); from then on it is served from memory.
    // autocannon sends no Accept-Encoding, so both servers send the uncompressed bytes.
    const identity = { ...partner.headers, 'Accept-Encoding': 'identity' }
    await fetch(url, { headers: identity })
    const warm = await fetch(url, { headers: identity })
    const body = Buffer.from(await warm.arrayBuffer())
    const headers = Object.fromEntries(
      [...warm.headers].filter(([name]) => !['connection', 'date', 'keep-alive'].includes(name)),
    )
    const bare = await startBareServer(body, headers)
    const before = deliveryStateOf(aware.payload).fastPathAnswers
    try {
      const options = { connections: CONNECTIONS, headers: partner.headers, seconds }
      // Alternating rounds, median of each: the machine's other work falls on both alike.
      const bareRounds: LoadResult[] = []
      const awareRounds: LoadResult[] = []
      for (let round = 0; round < ROUNDS; round += 1) {
        bareRounds.push(await loadWithAutocannon(bare.url, options))
        awareRounds.push(await loadWithAutocannon(url, options))
      }
      const bareResult = median(bareRounds)
      const awareResult = median(awareRounds)
      const result: DeliveryBenchResult = {
        aware: awareResult,
        bare: bareResult,
        bytes: body.length,
        fastPathAnswers: deliveryStateOf(aware.payload).fastPathAnswers - before,
        ratio: awareResult.requestsPerSecond / bareResult.requestsPerSecond,
      }
      return result
    } finally {
      await bare.close()
    }
  } finally {
    await aware.close()
    rmSync(dir, { force: true, recursive: true })
  }
}

export const printDeliveryBench = (result: DeliveryBenchResult): void => {
  const line = (name: string, load: LoadResult) =>
    `  ${name.padEnd(28)} ${Math.round(load.requestsPerSecond).toString().padStart(7)} req/s   ` +
    `p50 ${load.p50} ms   p99 ${load.p99} ms   non-2xx ${load.non2xx}`
  console.log(
    `\nDelivery: cached published campaign (${result.bytes} bytes JSON), ${CONNECTIONS} connections, ` +
      `median of ${ROUNDS} alternating rounds`,
  )
  console.log(line('bare node:http, same bytes', result.bare))
  console.log(line('Aware GET /api/delivery/…', result.aware))
  console.log(
    `  ratio to bare node:http: ${result.ratio.toFixed(2)} (goal ≥ 0.5); ` +
      `answered before Express: ${result.fastPathAnswers}`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printDeliveryBench(await benchDelivery())
  process.exit(0)
}
