/**
 * Report bench: a campaign with 1,000,000 events and 100,000 submissions (100,000 visitors over
 * 90 days, 5 channels, 3 languages, 3 partners), checked and scored as ingestion does, then
 * seeded by seedTallies.ts (the store's planner and tally update in memory, the rows written in
 * large transactions: the tallies appends would leave, without the raw events), then GET /api/reports/campaigns/:slug over
 * HTTP on SQLite. Goal: under 500 ms at 10,000,000 events and 1,000,000 submissions.
 * Then GET /api/reports/overview, what the admin's Reports screen waits for before it shows every
 * campaign × audience: its first (cold) answer and the median of ten more. Goal: a usable
 * overview in under 2 s at 1,000,000 events.
 *
 * Then the protected reports, whose disclosure plan (disclosure/disclosurePlan.ts) decides what
 * each breakdown may show: a partner's report and the weekly series, cold (the plan cache emptied
 * before each request) and warm (the plan kept), against the unfiltered report above as the
 * baseline measured in the same run.
 *
 *   npm run bench                                                (with the other benches)
 *   node --conditions=production --import tsx test/bench/report.ts   (alone)
 *
 * REPORT_BENCH_EVENTS changes the size (default 1000000).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { StoredEvent } from '../../src/evaluation/store/records'
import type { Partner } from '../../src/payload-types'

import { widgetTraffic } from './widgetTraffic'

const CAMPAIGN = 'philippines-pre-departure'

const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
}
const CHUNK = 500
/** Events the seeder takes at a time. */
const SEED_BATCH = 50_000
const REPORT_GOAL = { events: 10_000_000, ms: 500 }
const OVERVIEW_GOAL = { events: 1_000_000, ms: 2_000 }

/** Latencies of one protected report: each request cold, then warm. */
export type ProtectedFigures = { cold: number[]; name: string; warm: number[] }

export type ReportBenchResult = {
  cells: number
  protectedReports: ProtectedFigures[]
  events: number
  latenciesMs: number[]
  overview: { coldMs: number; p50: number; rows: number }
  p50: number
  seedSeconds: number
  /** Of which writing the rows. */
  seedWriteSeconds: number
  submissions: number
  worst: number
}

/** The overview's first answer after seeding (nothing cached), then the median of ten more. */
const timeOverview = async (url: string, headers: Record<string, string>) => {
  const timings: number[] = []
  let rows = 0
  for (let run = 0; run < 11; run += 1) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    const body = (await response.json()) as { campaigns?: { audiences?: unknown[] }[] }
    if (response.status !== 200) throw new Error(`the overview answered ${response.status}`)
    timings.push(performance.now() - started)
    rows = (body.campaigns ?? []).reduce(
      (sum, campaign) => sum + (campaign.audiences?.length ?? 0),
      0,
    )
  }
  return { coldMs: timings[0]!, p50: percentile(timings.slice(1), 0.5), rows }
}

export const benchReport = async (
  total = Number(process.env.REPORT_BENCH_EVENTS || 1_000_000),
): Promise<ReportBenchResult> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-bench-report-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'aware.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET ??= 'aware-bench-secret-0123456789abcdef0123456789'
  process.env.LOG_LEVEL ??= 'warn'
  // Imported after the environment is set: the Payload config reads it when loaded.
  const { startTestServer } = await import('../helpers/testServer')
  const { importBundledCampaigns } = await import('../helpers/bundledCampaigns')
  const { createPartner, signInAs } = await import('../helpers/accounts')
  const { knowledgeCheckOf } = await import('../helpers/evaluation')
  const { loadBatchContext } = await import('../../src/evaluation/ingestion/loadBatchContext')
  const { checkEvent } = await import('../../src/evaluation/ingestion/checkEvent')
  const { eventStoreFor } = await import('../../src/evaluation/store/eventStoreFor')
  const { createTallySeeder, writeSeededTallies } = await import('./seedTallies')
  const { forgetDisclosurePlans } =
    await import('../../src/evaluation/reports/disclosure/disclosurePlan')

  const server = await startTestServer()
  try {
    const { payload } = server
    const ids = await importBundledCampaigns(payload)
    const audience = ids.audiences['migrant-workers'] as number
    const partners: Partner[] = []
    for (let index = 0; index < 3; index += 1) {
      const { id } = await createPartner(payload, { allowedAudiences: [audience] })
      partners.push(await payload.findByID({ collection: 'partners', id, overrideAccess: true }))
    }
    const traffic = widgetTraffic({
      audience: 'migrant-workers',
      campaign: CAMPAIGN,
      channels: ['seminar', 'workshop', 'web', 'messaging', 'social-media'],
      check: await knowledgeCheckOf(payload, CAMPAIGN),
      days: 90,
      impressionsPerVisitor: 8,
      locales: ['tl', 'en', 'id'],
      seed: 2,
      testedShare: 0.5,
    })

    const store = eventStoreFor(payload)
    const seedStarted = performance.now()
    let submissions = 0
    // In memory by the store's own planner and tally update, then written in large
    // transactions (seedTallies.ts): the same rows as appending the events, without the events.
    const seeder = createTallySeeder()
    let pending: StoredEvent[] = []
    for (let done = 0, round = 0; done < total; done += CHUNK, round += 1) {
      const events = traffic.next(Math.min(CHUNK, total - done))
      const principal = {
        key: 'secret' as const,
        kind: 'partner' as const,
        partner: partners[round % partners.length],
      }
      const context = await loadBatchContext(payload, events, principal, new Date())
      const stored = events.map((event) => {
        const checked = checkEvent(event, context)
        if ('errors' in checked) throw new Error(checked.errors.join(' '))
        return checked.stored
      })
      submissions += stored.filter((event) => event.submission).length
      // Ten checked batches at a time: fewer tally round trips. Each visitor's events come in
      // time order, so a pre always arrives before its post and the batching changes nothing.
      pending.push(...stored)
      if (pending.length >= SEED_BATCH || done + CHUNK >= total) {
        seeder.add(pending)
        pending = []
      }
      if (round % 200 === 0) process.stdout.write(`\r  seeding… ${done + events.length} events`)
    }
    const computedSeconds = (performance.now() - seedStarted) / 1000
    await writeSeededTallies(payload, seeder)
    const seedSeconds = (performance.now() - seedStarted) / 1000
    process.stdout.write('\n')

    const cells = (await store.readCells({ campaign: String(ids.campaigns[CAMPAIGN]) })).length
    const evaluator = await signInAs(payload, server.url, 'evaluator')
    const url = `${server.url}/api/reports/campaigns/${CAMPAIGN}`
    const timed = async (query: string) => {
      const started = performance.now()
      const response = await fetch(`${url}${query}`, { headers: evaluator.headers })
      await response.json()
      if (response.status !== 200) throw new Error(`report${query} answered ${response.status}`)
      return performance.now() - started
    }
    const latenciesMs: number[] = []
    for (let run = 0; run < 13; run += 1) {
      const ms = await timed('')
      // The first three warm the code paths; the rest are measured.
      if (run >= 3) latenciesMs.push(ms)
    }
    const protectedReports: ProtectedFigures[] = []
    for (const [name, query] of [
      ['partner breakdown', `?partner=${partners[0].id}`],
      ['weekly series', '?interval=week'],
    ] as const) {
      const cold: number[] = []
      const warm: number[] = []
      for (let run = 0; run < 5; run += 1) {
        forgetDisclosurePlans()
        cold.push(await timed(query))
      }
      for (let run = 0; run < 10; run += 1) warm.push(await timed(query))
      protectedReports.push({ cold, name, warm })
    }
    const overview = await timeOverview(`${server.url}/api/reports/overview`, evaluator.headers)
    return {
      cells,
      protectedReports,
      events: total,
      latenciesMs,
      overview,
      p50: percentile(latenciesMs, 0.5),
      seedSeconds,
      seedWriteSeconds: seedSeconds - computedSeconds,
      submissions,
      worst: Math.max(...latenciesMs),
    }
  } finally {
    await server.close()
    rmSync(dir, { force: true, recursive: true })
  }
}

export const printReportBench = (result: ReportBenchResult): void => {
  console.log(
    `\nReport: ${result.events} events, ${result.submissions} submissions, ${result.cells} tally ` +
      `cells (seeded in ${result.seedSeconds.toFixed(0)} s, of which ${result.seedWriteSeconds.toFixed(0)} s ` +
      'writing the rows: seedTallies.ts), SQLite',
  )
  console.log(
    `  GET /api/reports/campaigns/…   median ${result.p50.toFixed(0)} ms   ` +
      `worst of ${result.latenciesMs.length}: ${result.worst.toFixed(0)} ms   ` +
      (result.events >= REPORT_GOAL.events
        ? `(goal < ${REPORT_GOAL.ms} ms: ${result.p50 < REPORT_GOAL.ms ? 'met' : 'NOT met'})`
        : `(goal < ${REPORT_GOAL.ms} ms at ${REPORT_GOAL.events.toLocaleString('en')} events: ` +
          'not measured at this size; REPORT_BENCH_EVENTS=10000000)'),
  )
  const { overview } = result
  const overviewVerdict =
    result.events >= OVERVIEW_GOAL.events
      ? `(goal < ${OVERVIEW_GOAL.ms} ms: ${overview.coldMs < OVERVIEW_GOAL.ms ? 'met' : 'NOT met'})`
      : `(goal < ${OVERVIEW_GOAL.ms} ms at ${OVERVIEW_GOAL.events.toLocaleString('en')} events)`
  console.log(
    `  GET /api/reports/overview      first ${overview.coldMs.toFixed(0)} ms, then median ` +
      `${overview.p50.toFixed(0)} ms, ${overview.rows} campaign × audience rows   ${overviewVerdict}`,
  )
  for (const figures of result.protectedReports) {
    const cold = percentile(figures.cold, 0.5)
    const warm = percentile(figures.warm, 0.5)
    console.log(
      `  protected, ${figures.name.padEnd(18)} cold median ${cold.toFixed(0)} ms ` +
        `(${(cold / result.p50).toFixed(1)}× the unfiltered report)   warm median ` +
        `${warm.toFixed(0)} ms (${(warm / result.p50).toFixed(1)}×)   ` +
        `worst warm of ${figures.warm.length}: ${Math.max(...figures.warm).toFixed(0)} ms`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printReportBench(await benchReport())
  process.exit(0)
}
