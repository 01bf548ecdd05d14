import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { CampaignReport, MeanFigure } from '../../../src/evaluation/reports/figureTypes'
import type { Headers } from '../../helpers/accounts'

import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { EVENTS_SLUG } from '../../../src/evaluation/collections/slugs'
import { loadPayload } from '../../../src/server/loadPayload'
import { createPartner, PASSWORD } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { knowledgeCheckOf, postEvents } from '../../helpers/evaluation'
import { truthOf } from '../../helpers/expectedFigures'
import { type Population, simulatePopulation } from '../../helpers/population'
import { type ServerProcess, startServerProcess } from '../../helpers/serverProcess'

const run = promisify(execFile)
const SLUG = 'philippines-pre-departure'
const SERVER = 'test/fixtures/serveApiOnly.ts'
const ENV = { EVENT_RATE_LIMIT_BATCHES: '1000000', LOG_LEVEL: 'warn', REPORT_MIN_RESPONDENTS: '5' }
const ADMIN = 'backup-admin@example.org'

const npm = (script: string, file: string, databaseUri: string) =>
  run('npm', ['run', '--silent', script, '--', file], {
    env: { ...process.env, DATABASE_URI: databaseUri },
  })

/** npm run db:backup in its own process: `started` once it begins copying, `done` with its output. */
const startBackup = (file: string) => {
  const child = spawn('npm', ['run', '--silent', 'db:backup', '--', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let begin: () => void
  const started = new Promise<void>((resolve) => (begin = resolve))
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    if (output.includes('Backing up')) begin()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const done = once(child, 'exit').then(([code]) => {
    begin()
    if (code !== 0) throw new Error(`db:backup exited with ${code}:\n${output}`)
    return output
  })
  return { done, started }
}

/**
 * The operator's backup (npm run db:backup) taken while clients post events, then restored
 * (npm run db:restore) as a new database: the copy is a transaction-consistent snapshot, whole
 * batches in or out, and the restored server reports exactly what the copy holds.
 */
describe('an online SQLite backup under load', () => {
  let partner: Headers
  let population: Population
  let batches: WireEvent[][]
  let check: Awaited<ReturnType<typeof knowledgeCheckOf>>
  let server: ServerProcess | undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-backup-'))

  const adminToken = async (url: string) => {
    const login = await fetch(`${url}/api/users/login`, {
      body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    return ((await login.json()) as { token: string }).token
  }
  const reportOf = async (url: string, token: string) => {
    const response = await fetch(`${url}/api/reports/campaigns/${SLUG}?k=5`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const report = (await response.json()) as CampaignReport
    if (report.total.suppressed) throw new Error('the total should be shown')
    return report.total
  }
  const rawEventCount = async (url: string, token: string) => {
    const raw = await fetch(`${url}/api/${EVENTS_SLUG}?limit=1&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    return ((await raw.json()) as { totalDocs: number }).totalDocs
  }

  beforeAll(async () => {
    const payload = await loadPayload()
    try {
      const ids = await importBundledCampaigns(payload)
      partner = (
        await createPartner(payload, {
          allowedAudiences: [ids.audiences['migrant-workers'] as number],
        })
      ).headers
      check = await knowledgeCheckOf(payload, SLUG)
      await payload.create({
        collection: 'users',
        data: { email: ADMIN, password: PASSWORD, role: 'admin' },
        overrideAccess: true,
      })
    } finally {
      await closeDatabase(payload)
    }
    population = simulatePopulation(11, [
      {
        audience: 'migrant-workers',
        channels: ['seminar', 'web', 'messaging'],
        check,
        locales: ['tl', 'en'],
        respondents: 300,
        slug: SLUG,
      },
    ])
    const events = population.events.map(({ event }) => event)
    batches = []
    for (let start = 0; start < events.length; start += 20)
      batches.push(events.slice(start, start + 20))
  }, 120_000)
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
    rmSync(dir, { force: true, recursive: true })
  })

  it('copies a consistent snapshot while events are written, and restores it', async () => {
    server = await startServerProcess(SERVER, ENV)
    const live = server
    const backupFile = path.join(dir, 'aware-backup.db')
    let backup: ReturnType<typeof startBackup> | undefined
    let copying = false
    const postedWhileCopying = new Set<number>()
    let next = 0
    const client = async () => {
      for (;;) {
        if (!backup && next >= batches.length / 3) {
          backup = startBackup(backupFile)
          void backup.started.then(() => (copying = true))
          void backup.done.then(
            () => (copying = false),
            () => (copying = false),
          )
        }
        // The clients wait for the copy to begin (its process takes seconds to boot), then go on.
        await backup?.started
        const index = next++
        if (index >= batches.length) return
        const sentWhileCopying = copying
        const posted = await postEvents(live.url, partner, { events: batches[index] })
        expect(posted.status).toBe(200)
        if (sentWhileCopying && copying) postedWhileCopying.add(index)
      }
    }
    await Promise.all([client(), client(), client()])
    const output = await backup!.done
    expect(output).toMatch(/integrity checked/)
    // Some batches were sent and answered while the copy was being taken; the live database kept
    // every batch.
    expect(postedWhileCopying.size).toBeGreaterThan(0)
    const token = await adminToken(live.url)
    expect(await rawEventCount(live.url, token)).toBe(population.events.length)
    live.child.kill('SIGTERM')
    expect(await live.exited).toBe(0)

    // Restore into a database of its own, as after losing the live one.
    const restoredUri = `file:${path.join(dir, 'restored.db')}`
    const restore = await npm('db:restore', backupFile, restoredUri)
    expect(restore.stdout).toMatch(/Restored/)
    expect(existsSync(path.join(dir, 'restored.db'))).toBe(true)
    server = await startServerProcess(SERVER, { ...ENV, DATABASE_URI: restoredUri })
    const restored = server
    const restoredToken = await adminToken(restored.url)
    const held = await rawEventCount(restored.url, restoredToken)
    const before = await reportOf(restored.url, restoredToken)

    // Each batch was stored in one transaction: the copy holds it whole or not at all.
    const heldBatches: WireEvent[][] = []
    for (const batch of batches) {
      const posted = await postEvents(restored.url, partner, { events: batch })
      expect(posted.status).toBe(200)
      const result = posted.body as { accepted: number; duplicates: number; rejected: unknown[] }
      expect(result.rejected).toEqual([])
      expect([0, batch.length]).toContain(result.accepted)
      if (result.accepted === 0) heldBatches.push(batch)
    }
    const heldEvents = heldBatches.flat()
    expect(heldEvents.length).toBe(held)
    expect(held).toBeGreaterThan(0)
    expect(held).toBeLessThan(population.events.length)
    // What the restored server reported before anything more came is what the copy holds.
    expect(before.reach.impressions).toBe(
      heldEvents.filter((event) => event.type === 'impression').length,
    )

    // With the rest sent again, every figure is the population's: the copy's tallies agreed
    // with its events, or these would be off by the difference.
    const after = await reportOf(restored.url, restoredToken)
    const truth = truthOf(population.respondents, check)
    expect(after.reach).toMatchObject({
      assessmentsCompleted: truth.assessmentsCompleted,
      cta: truth.cta,
      engaged: truth.engaged,
      impressions: truth.impressions,
      reached: truth.reached,
    })
    expect((after.knowledge.pre as MeanFigure).n).toBe(truth.pre.length)
    expect((after.knowledge.post as MeanFigure).n).toBe(truth.post.length)
    expect(await rawEventCount(restored.url, restoredToken)).toBe(population.events.length)
  }, 240_000)
})
