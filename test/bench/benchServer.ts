/**
 * The server the delivery and ingestion benches load: the production server without the admin
 * (`test/fixtures/serveApiOnly.ts`: Payload, Express, every feature) in its own process, on a
 * fresh SQLite file (WAL, synchronous=NORMAL) holding the bundled campaigns and one partner.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { KnowledgeCheck } from '../helpers/evaluation'
import type { ServerProcess } from '../helpers/serverProcess'

export const CAMPAIGN = 'philippines-pre-departure'

export type BenchServer = {
  /** The SQLite file the server writes. */
  databasePath: string
  check: KnowledgeCheck
  /** CPU time the server process has used so far (user and system, all its threads), seconds. */
  cpuSeconds: () => number
  /** A partner's secret key's headers, allowed the campaign's audience. */
  headers: Record<string, string>
  /** The same partner's publishable key, good from the origins the bench server was given. */
  publishableKey: string
  /** The server's resident memory now, and its JavaScript heap (from a diagnostic report). */
  memory: () => Promise<ServerMemory>
  stop: () => Promise<void>
  url: string
}

export type ServerMemory = { heapUsedMiB: number; residentMiB: number; rssAnonMiB: number }

const prepareDatabase = async (databaseUri: string, allowedOrigins: string[]) => {
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
      allowedOrigins,
    })
    return {
      check: await knowledgeCheckOf(payload, CAMPAIGN),
      headers: partner.headers,
      publishableKey: partner.publishableKey,
    }
  } finally {
    await closeDatabase(payload)
  }
}

const mebibytes = (kib: number) => kib / 1024

/** VmRSS and RssAnon of a process, from /proc (Linux). */
const residentOf = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1])
  return { residentMiB: mebibytes(field('VmRSS')), rssAnonMiB: mebibytes(field('RssAnon')) }
}

/** User plus system time of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks). */
export const cpuSecondsOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // Fields are numbered from 1 with pid and comm first; this slice starts at field 3.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND
}

/** Linux's USER_HZ, the unit of /proc/PID/stat times: 100 on every common platform. */
const CLOCK_TICKS_PER_SECOND = 100

/** Asks the server for a Node diagnostic report (SIGUSR2) and reads its heap figure. */
const heapUsedOf = async (server: ServerProcess, reportDir: string) => {
  const before = new Set(readdirSync(reportDir))
  server.child.kill('SIGUSR2')
  for (let tries = 0; tries < 100; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    const fresh = readdirSync(reportDir).find((name) => !before.has(name))
    if (!fresh) continue
    try {
      const report = JSON.parse(readFileSync(path.join(reportDir, fresh), 'utf8')) as {
        javascriptHeap: { usedMemory: number }
      }
      return report.javascriptHeap.usedMemory / 1024 / 1024
    } catch {
      // Still being written.
    }
  }
  return Number.NaN
}

/** `allowedOrigins`: pages (a bench's partner page) whose widget may use the publishable key. */
export const startBenchServer = async ({
  allowedOrigins = [],
}: { allowedOrigins?: string[] } = {}): Promise<BenchServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-bench-server-'))
  const databasePath = path.join(dir, 'aware.db')
  const databaseUri = `file:${databasePath}`
  const reportDir = path.join(dir, 'reports')
  mkdirSync(reportDir)
  process.env.PAYLOAD_SECRET ??= 'aware-bench-secret-0123456789abcdef0123456789'
  process.env.LOG_LEVEL ??= 'warn'
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const { check, headers, publishableKey } = await prepareDatabase(databaseUri, allowedOrigins)
  const { startServerProcess } = await import('../helpers/serverProcess')
  const server = await startServerProcess(
    'test/fixtures/serveApiOnly.ts',
    {
      DATABASE_URI: databaseUri,
      EVENT_RATE_LIMIT_BATCHES: '100000000',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: [
        process.env.NODE_OPTIONS ?? '',
        '--report-on-signal --report-signal=SIGUSR2 --report-compact',
        `--report-directory=${reportDir}`,
      ].join(' '),
    },
    {
      // Compiling the sources took over a minute at load average 20 (five sessions on two cores).
      healthyWithinMs: 180_000,
      // BENCH_CPU_PROF_DIR=dir: the server writes a CPU profile there when it stops.
      nodeArguments: process.env.BENCH_CPU_PROF_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
        : [],
    },
  )
  return {
    check: check as KnowledgeCheck,
    cpuSeconds: () => cpuSecondsOf(server.child.pid as number),
    databasePath,
    headers,
    publishableKey,
    memory: async () => {
      const pid = server.child.pid as number
      const resident = residentOf(pid)
      return { heapUsedMiB: await heapUsedOf(server, reportDir), ...resident }
    },
    stop: async () => {
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM')
        await server.exited
      }
      rmSync(dir, { force: true, recursive: true })
    },
    url: server.url,
  }
}
