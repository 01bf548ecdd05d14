/**
 * Ingestion bench: 50-event batches over HTTP to the real server (its own process, SQLite,
 * WAL), loaded by wrk for BENCH_SECONDS (default 10) with a Lua script that gives every event a
 * fresh id; then, in the same run, the rows ingestion stored inserted raw through better-sqlite3
 * (prepared statement, same table and indexes, same pragmas), in 50-row transactions and in one
 * transaction. Goal: HTTP ingestion at least 0.35 of the 50-row-transaction rate.
 *
 *   npm run bench                                                      (with the other benches)
 *   node --conditions=production --import tsx test/bench/ingestion.ts   (alone)
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { WireEvent } from '../../src/evaluation/events/wireEvent'

import { type BenchServer, CAMPAIGN, startBenchServer } from './benchServer'
import { verdict } from './delivery'
import { type LoadResult, loadWithWrk, luaScript } from './loadWithWrk'
import { widgetTraffic } from './widgetTraffic'

const BATCH = 50
const CONNECTIONS = 16
/** Distinct batch templates; wrk goes round them, with fresh ids each time. */
const TEMPLATES = 400
/** Rows the raw baseline inserts at least (the stored rows, repeated with fresh keys). */
const RAW_ROWS = 200_000
export const INGESTION_GOAL = 0.35

export type IngestionBenchResult = {
  /** Events the server said it accepted, and what it stored. */
  accepted: number
  duplicates: number
  eventsPerSecond: number
  load: LoadResult
  /** Per CPU-second, which a loaded machine disturbs less than per wall-clock second. */
  perCpuSecond: { aware: number; raw: number; ratio: number }
  raw: {
    oneTransaction: number
    rows: number
    transactionsOf50: number
    transactionsOf50PerCpuSecond: number
  }
  ratio: number
  rejectedBatches: number
  stored: number
}

/**
 * Batch bodies of widget traffic in which each event id is `@E@` and each respondent `@R<n>@`,
 * one JSON body a line, for freshEventBatches.lua to fill in.
 */
const writeTemplates = (file: string, check: BenchServer['check']) => {
  const traffic = widgetTraffic({
    audience: 'migrant-workers',
    campaign: CAMPAIGN,
    channels: ['seminar', 'web', 'messaging'],
    check,
    days: 30,
    impressionsPerVisitor: 7,
    locales: ['tl', 'en'],
    seed: 1,
    testedShare: 0.5,
  })
  const visitors = new Map<string, number>()
  const lines: string[] = []
  for (let index = 0; index < TEMPLATES; index += 1) {
    const events = traffic.next(BATCH).map((event: WireEvent) => {
      if (!visitors.has(event.respondent)) visitors.set(event.respondent, visitors.size)
      return { ...event, id: '@E@', respondent: `@R${visitors.get(event.respondent)}@` }
    })
    lines.push(JSON.stringify({ events: events }))
  }
  writeFileSync(file, `${lines.join('\n')}\n`)
}

/**
 * The physical limit: the rows ingestion stored, read back (repeated to RAW_ROWS), then inserted
 * into an empty table of the same shape and indexes in a fresh database file with the server's
 * pragmas, through one prepared statement — 50 rows a transaction, then all in one transaction.
 */
const rawInsertRates = (databasePath: string, workDir: string) => {
  const source = new Database(databasePath, { readonly: true })
  const schema = source
    .prepare(
      "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'evaluation_events' AND sql IS NOT NULL",
    )
    .all() as { sql: string; type: string }[]
  const stored = source.prepare('SELECT * FROM evaluation_events ORDER BY rowid').raw().all()
  const columns = source
    .prepare('SELECT * FROM evaluation_events LIMIT 1')
    .columns()
    .map((column) => column.name)
  source.close()
  // Enough rows to time well, whatever the HTTP load stored: the stored rows again and again,
  // the repeats with their primary key made unique.
  const idColumn = columns.indexOf('id')
  const rows = Array.from({ length: Math.max(RAW_ROWS, stored.length) }, (_, index) => {
    const row = [...(stored[index % stored.length] as unknown[])]
    const lap = Math.floor(index / stored.length)
    if (lap > 0) row[idColumn] = `${String(row[idColumn])}#${lap}`
    return row
  })

  const timeInserts = (name: string, perTransaction: number) => {
    const file = path.join(workDir, `${name}.db`)
    const target = new Database(file)
    try {
      target.pragma('journal_mode = WAL')
      target.pragma('synchronous = NORMAL')
      for (const { sql } of schema) target.exec(sql)
      const insert = target.prepare(
        `INSERT INTO evaluation_events (${columns.map((column) => `"${column}"`).join(', ')}) ` +
          `VALUES (${columns.map(() => '?').join(', ')})`,
      )
      const insertAll = target.transaction((chunk: unknown[][]) => {
        for (const row of chunk) insert.run(row)
      })
      const started = performance.now()
      const cpu = process.cpuUsage()
      for (let start = 0; start < rows.length; start += perTransaction) {
        insertAll(rows.slice(start, start + perTransaction))
      }
      const used = process.cpuUsage(cpu)
      return {
        perCpuSecond: rows.length / ((used.user + used.system) / 1e6),
        perSecond: rows.length / ((performance.now() - started) / 1000),
      }
    } finally {
      target.close()
      rmSync(file, { force: true })
    }
  }
  const transactionsOf50 = timeInserts('transactions-of-50', BATCH)
  return {
    oneTransaction: timeInserts('one-transaction', rows.length).perSecond,
    rows: rows.length,
    transactionsOf50: transactionsOf50.perSecond,
    transactionsOf50PerCpuSecond: transactionsOf50.perCpuSecond,
  }
}

const storedEvents = (databasePath: string) => {
  const database = new Database(databasePath, { readonly: true })
  try {
    return (database.prepare('SELECT count(*) AS n FROM evaluation_events').get() as { n: number })
      .n
  } finally {
    database.close()
  }
}

export const benchIngestion = async (
  server: BenchServer,
  seconds = Number(process.env.BENCH_SECONDS || 10),
): Promise<IngestionBenchResult> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-bench-ingestion-'))
  try {
    const templates = path.join(dir, 'batches.jsonl')
    writeTemplates(templates, server.check)
    const load = (duration: number) =>
      loadWithWrk(`${server.url}/api/events`, {
        connections: CONNECTIONS,
        script: luaScript('freshEventBatches.lua'),
        // A fresh run id each time: ids never repeat across the warm-up and the measured load.
        scriptArgs: [templates, randomBytes(4).toString('hex'), server.headers.Authorization],
        seconds: duration,
      })
    // Warm up: compile, fill the caches, grow the tallies past their exact sketches.
    const warmUp = await load(2)
    const cpuBefore = server.cpuSeconds()
    const measured = await load(seconds)
    const serverCpu = server.cpuSeconds() - cpuBefore
    // Requests still in flight when wrk stopped are not in its counts: let them finish.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const stored = storedEvents(server.databasePath)
    const raw = rawInsertRates(server.databasePath, dir)
    const eventsPerSecond = (measured.counters.accepted ?? 0) / measured.seconds
    const awarePerCpuSecond = (measured.counters.accepted ?? 0) / serverCpu
    return {
      accepted: (warmUp.counters.accepted ?? 0) + (measured.counters.accepted ?? 0),
      duplicates: (warmUp.counters.duplicates ?? 0) + (measured.counters.duplicates ?? 0),
      eventsPerSecond,
      load: measured,
      perCpuSecond: {
        aware: awarePerCpuSecond,
        raw: raw.transactionsOf50PerCpuSecond,
        ratio: awarePerCpuSecond / raw.transactionsOf50PerCpuSecond,
      },
      raw,
      ratio: eventsPerSecond / raw.transactionsOf50,
      rejectedBatches: (warmUp.counters.rejected ?? 0) + (measured.counters.rejected ?? 0),
      stored,
    }
  } finally {
    rmSync(dir, { force: true, recursive: true })
  }
}

export const printIngestionBench = (result: IngestionBenchResult): void => {
  const rate = (value: number) => Math.round(value).toString().padStart(8)
  console.log(
    `\nIngestion: ${BATCH}-event batches over HTTP, ${CONNECTIONS} connections, wrk with fresh ` +
      `event ids per request (freshEventBatches.lua), SQLite, ${result.load.seconds.toFixed(1)} s`,
  )
  console.log(
    `  POST /api/events                ${rate(result.eventsPerSecond)} events/s   ` +
      `p50 ${result.load.p50.toFixed(1)} ms   p99 ${result.load.p99.toFixed(1)} ms   ` +
      `(${result.load.requests} batches, ≥400 ${result.load.non2xx}, errors ${result.load.errors})`,
  )
  console.log(
    `  raw INSERT, 50-row transactions ${rate(result.raw.transactionsOf50)} rows/s` +
      `     (better-sqlite3, ${result.raw.rows} rows: the stored ones, repeated; same table, indexes)`,
  )
  console.log(`  raw INSERT, one transaction     ${rate(result.raw.oneTransaction)} rows/s`)
  console.log(
    `  accepted ${result.accepted} (answers wrk read), stored ${result.stored} (also the ` +
      `batches in flight when wrk stopped), duplicates ${result.duplicates}, batches with ` +
      `rejections ${result.rejectedBatches}`,
  )
  console.log(
    `  per CPU-second (steadier on a loaded machine): Aware ${Math.round(result.perCpuSecond.aware)} ` +
      `events per server CPU-second, raw ${Math.round(result.perCpuSecond.raw)} rows, ` +
      `ratio ${result.perCpuSecond.ratio.toFixed(2)}`,
  )
  if (result.duplicates > 0 || result.rejectedBatches > 0) {
    console.log('  WARNING: some events were refused or seen as duplicates: the load is not valid')
  }
  console.log(
    `  ingestion ratio to 50-row transactions: ${result.ratio.toFixed(2)} ` +
      `(goal ≥ ${INGESTION_GOAL}: ${verdict(result.ratio >= INGESTION_GOAL)})`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startBenchServer()
  try {
    printIngestionBench(await benchIngestion(server))
  } finally {
    await server.stop()
  }
  process.exit(0)
}
