/**
 * Ingestion bench: 50-event batches over HTTP to the real server (its own process, SQLite,
 * WAL) for BENCH_SECONDS (default 10), from a keep-alive client in this process; then, in the
 * same run, the same rows inserted raw through the same driver (libsql), 50 rows a transaction.
 * Goal: HTTP ingestion at least 0.35 of the raw insert rate.
 *
 *   npm run bench                                                   (with the other benches)
 *   node --conditions=production --import tsx test/bench/ingestion.ts   (alone)
 */
import { createClient } from '@libsql/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { WireEvent } from '../../src/evaluation/events/wireEvent'
import type { KnowledgeCheck } from '../helpers/evaluation'

import { keepAliveLoad, percentile } from './keepAliveLoad'
import { widgetTraffic } from './widgetTraffic'

const BATCH = 50
const CONCURRENCY = 16
const CAMPAIGN = 'philippines-pre-departure'

export type IngestionBenchResult = {
  batches: number
  errors: number
  eventsPerSecond: number
  non2xx: number
  p50: number
  p99: number
  rawRowsPerSecond: number
  ratio: number
  seconds: number
}

const prepareDatabase = async (databaseUri: string) => {
  process.env.DATABASE_URI = databaseUri
  const { loadPayload } = await import('../../src/server/loadPayload')
  const { closeDatabase } = await import('../../src/db/closeDatabase')
  const { importBundledCampaigns } = await import('../helpers/bundledCampaigns')
  const { createPartner } = await import('../helpers/accounts')
  const { knowledgeCheckOf } = await import('../helpers/evaluation')
  const payload = await loadPayload()
  try {
    const ids = await importBundledCampaigns(payload)
    const partner = await createPartner(payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    return { check: await knowledgeCheckOf(payload, CAMPAIGN), headers: partner.headers }
  } finally {
    await closeDatabase(payload)
  }
}

/**
 * The rows ingestion stored, read back, then inserted again into an empty copy of the table the
 * same way a hand-written batch insert would: one multi-row INSERT per 50 rows, each in its own
 * write transaction, on a libsql connection with the server's pragmas.
 */
const rawInsertRate = async (databaseUri: string, limit: number): Promise<number> => {
  const client = createClient({ url: databaseUri })
  try {
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('PRAGMA synchronous = NORMAL')
    const { rows, columns } = await client.execute(
      `SELECT * FROM evaluation_events ORDER BY rowid LIMIT ${limit}`,
    )
    await client.execute('CREATE TABLE raw_events AS SELECT * FROM evaluation_events WHERE 0')
    await client.execute('CREATE UNIQUE INDEX raw_events_id ON raw_events (id)')
    await client.execute('CREATE INDEX raw_events_received_at ON raw_events (received_at)')
    const placeholders = `(${columns.map(() => '?').join(', ')})`
    const started = performance.now()
    for (let start = 0; start < rows.length; start += BATCH) {
      const chunk = rows.slice(start, start + BATCH)
      await client.batch(
        [
          {
            args: chunk.flatMap((row) => columns.map((column) => row[column] ?? null)),
            sql: `INSERT INTO raw_events (${columns.join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
          },
        ],
        'write',
      )
    }
    return rows.length / ((performance.now() - started) / 1000)
  } finally {
    client.close()
  }
}

export const benchIngestion = async (
  seconds = Number(process.env.BENCH_SECONDS || 10),
): Promise<IngestionBenchResult> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-bench-ingestion-'))
  const databaseUri = `file:${path.join(dir, 'aware.db')}`
  process.env.PAYLOAD_SECRET ??= 'aware-bench-secret-0123456789abcdef0123456789'
  process.env.LOG_LEVEL ??= 'warn'
  process.env.MEDIA_DIR = path.join(dir, 'media')
  try {
    const { check, headers } = await prepareDatabase(databaseUri)
    const { startServerProcess } = await import('../helpers/serverProcess')
    const server = await startServerProcess('test/fixtures/serveApiOnly.ts', {
      DATABASE_URI: databaseUri,
      EVENT_RATE_LIMIT_BATCHES: '100000000',
      LOG_LEVEL: 'warn',
    })
    try {
      const traffic = widgetTraffic({
        audience: 'migrant-workers',
        campaign: CAMPAIGN,
        channels: ['seminar', 'web', 'messaging'],
        check: check as KnowledgeCheck,
        days: 30,
        impressionsPerVisitor: 7,
        locales: ['tl', 'en'],
        seed: 1,
        testedShare: 0.5,
      })
      const body = () => JSON.stringify({ events: traffic.next(BATCH) satisfies WireEvent[] })
      const url = `${server.url}/api/events`
      // Warm up: compile, fill the caches, grow the tallies past their exact sketches.
      await keepAliveLoad({ concurrency: CONCURRENCY, headers, nextBody: body, seconds: 2, url })
      const load = await keepAliveLoad({
        concurrency: CONCURRENCY,
        headers,
        nextBody: body,
        seconds,
        url,
      })
      server.child.kill('SIGTERM')
      await server.exited
      const eventsPerSecond = (load.ok * BATCH) / load.seconds
      const rawRowsPerSecond = await rawInsertRate(databaseUri, 200_000)
      return {
        batches: load.ok,
        errors: load.errors,
        eventsPerSecond,
        non2xx: load.non2xx,
        p50: percentile(load.latenciesMs, 0.5),
        p99: percentile(load.latenciesMs, 0.99),
        rawRowsPerSecond,
        ratio: eventsPerSecond / rawRowsPerSecond,
        seconds: load.seconds,
      }
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL')
    }
  } finally {
    rmSync(dir, { force: true, recursive: true })
  }
}

export const printIngestionBench = (result: IngestionBenchResult): void => {
  console.log(
    `\nIngestion: ${BATCH}-event batches over HTTP, ${CONCURRENCY} keep-alive connections, ` +
      `SQLite, ${result.seconds.toFixed(1)} s`,
  )
  console.log(
    `  POST /api/events        ${Math.round(result.eventsPerSecond).toString().padStart(8)} events/s   ` +
      `p50 ${result.p50.toFixed(1)} ms   p99 ${result.p99.toFixed(1)} ms   ` +
      `(${result.batches} batches, non-2xx ${result.non2xx}, errors ${result.errors})`,
  )
  console.log(
    `  raw batched INSERT      ${Math.round(result.rawRowsPerSecond).toString().padStart(8)} rows/s` +
      '     (libsql, same rows, 50 a transaction)',
  )
  console.log(`  ratio: ${result.ratio.toFixed(2)} (goal ≥ 0.35)`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printIngestionBench(await benchIngestion())
  process.exit(0)
}
