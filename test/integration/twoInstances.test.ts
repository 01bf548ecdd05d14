import type { Payload } from 'payload'

import { readdirSync } from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import type { CampaignReport } from '../../src/evaluation/reports/figureTypes'
import type { CampaignResponse } from '../helpers/deliveryTypes'

import { closeDatabase } from '../../src/db/closeDatabase'
import { databaseKindOf } from '../../src/db/databaseKind'
import {
  PURGE_TASK_SLUG,
  RETENTION_QUEUE,
} from '../../src/evaluation/retention/purgeExpiredEventsTask'
import { loadPayload, payloadConfig } from '../../src/server/loadPayload'
import { createPartner, type Headers, PASSWORD } from '../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { deliveryGet } from '../helpers/delivery'
import { anEvent, postEvents } from '../helpers/evaluation'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess'

const SERVER = 'test/fixtures/serveApiOnly.ts'
const BATCHES_PER_WINDOW = 40
const PH = 'philippines-pre-departure'
/** Only the counting case sends events for this one, so its report holds exactly those. */
const FRANCE = 'france-hospitality-duty-to-act'
/** What the issue asks of every instance: a change made on one is served by all within this. */
const PROPAGATION_LIMIT_MS = 5_000

type Partner = Awaited<ReturnType<typeof createPartner>>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Asks `probe` every 50 ms until it holds; how long that took after `since`. */
const msUntil = async (since: number, probe: () => Promise<boolean>, limitMs = 30_000) => {
  for (;;) {
    if (await probe()) return performance.now() - since
    if (performance.now() - since > limitMs) throw new Error(`still not so after ${limitMs} ms`)
    await sleep(50)
  }
}

const asAdmin = (token: string, body?: unknown): RequestInit => ({
  body: body === undefined ? undefined : JSON.stringify(body),
  headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
  method: body === undefined ? 'GET' : 'PATCH',
})

/**
 * Two server processes, started at the same moment on one empty database (the file's own SQLite
 * file, PostgreSQL database or MongoDB database), and a client that alternates between them over
 * HTTP, as a load balancer would send it: they migrate once, make one first administrator, run
 * the jobs on one of them, and agree on keys, content, rate limits and counts.
 */
describe('two instances on one database', () => {
  let a: ServerProcess
  let b: ServerProcess
  let payload: Payload
  let ids: BundledIds
  let adminToken: string
  const partners: Record<'counter' | 'limited' | 'reader' | 'revoked', Partner> = {} as never

  beforeAll(async () => {
    const env = {
      EVENT_RATE_LIMIT_BATCHES: String(BATCHES_PER_WINDOW),
      EVENT_RATE_LIMIT_WINDOW_SECONDS: '60',
    } // Two processes compiling the sources at once, beside other test files: minutes when loaded.
    const starting = { healthyWithinMs: 240_000 }
    ;[a, b] = await Promise.all([
      startServerProcess(SERVER, env, starting),
      startServerProcess(SERVER, env, starting),
    ])
    // The example campaigns go into the new database once, in the background of one start.
    await msUntil(
      performance.now(),
      async () => /Imported \d+ example/.test(a.output() + b.output()),
      120_000,
    )
    payload = await loadPayload()
  }, 420_000)
  afterAll(async () => {
    for (const server of [a, b]) server?.child.kill('SIGKILL')
    await Promise.all([a?.exited, b?.exited])
    if (payload) await closeDatabase(payload)
  })

  it('migrate an empty database once and import the example campaigns once, started together', async () => {
    const outputs = [a.output(), b.output()]
    expect(outputs.filter((output) => /Imported 3 example campaign/.test(output))).toHaveLength(1)
    for (const output of outputs) expect(output).not.toMatch(/already exists|duplicate key/i)
    const { totalDocs } = await payload.count({ collection: 'campaigns', overrideAccess: true })
    expect(totalDocs).toBe(3)
    const kind = databaseKindOf(process.env.DATABASE_URI)
    if (kind !== 'mongodb') {
      const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0 })
      const files = readdirSync(path.resolve('src/db/migrations', kind)).filter(
        (file) => file.endsWith('.ts') && file !== 'index.ts',
      )
      expect(docs.map((doc) => `${doc.name}.ts`).sort()).toEqual(files.sort())
    }
  })

  it('make exactly one first administrator, whichever instance each registration reaches', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        fetch(`${(index % 2 === 0 ? a : b).url}/api/users/first-register`, {
          body: JSON.stringify({
            confirmPassword: PASSWORD,
            email: `founder-${index}@example.org`,
            password: PASSWORD,
          }),
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        }),
      ),
    )
    const won = answers.filter((answer) => answer.status === 200)
    expect(won).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 403)).toHaveLength(answers.length - 1)
    adminToken = ((await won[0].json()) as { token: string }).token
    const { docs } = await payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map((user) => user.role)).toEqual(['admin'])

    // What the remaining cases need: the campaigns published as an NGO would once checked.
    ids = await importBundledCampaigns(payload)
    const audiences = { allowedAudiences: Object.values(ids.audiences) as number[] }
    for (const name of ['counter', 'limited', 'reader', 'revoked'] as const) {
      partners[name] = await createPartner(payload, { ...audiences, organisation: name })
    }
  })

  it('schedule and run jobs on one of them: one holds the job runner lease, and a racing schedule queues nothing', async () => {
    const lease = await msUntil(performance.now(), async () => {
      const { docs } = await payload.find({ collection: 'leases', overrideAccess: true })
      return docs.some((doc) => doc.id === 'jobs:runner' && doc.holder)
    })
    expect(lease).toBeLessThan(30_000)
    // Two more instances (in this process) asking to schedule the nightly purge at the same
    // moment, as every instance's cron does: neither holds the lease, so neither queues it.
    const second = await getPayload({ config: payloadConfig, key: 'second-instance' })
    try {
      const purgeJobs = async () =>
        (
          await payload.count({
            collection: 'payload-jobs',
            overrideAccess: true,
            where: { taskSlug: { equals: PURGE_TASK_SLUG } },
          })
        ).totalDocs
      const before = await purgeJobs()
      const results = await Promise.all(
        [payload, second].map((instance) =>
          instance.jobs.handleSchedules({ queue: RETENTION_QUEUE }),
        ),
      )
      expect(results.flatMap((result) => result.queued)).toEqual([])
      expect(await purgeJobs()).toBe(before)
      expect(before).toBeLessThanOrEqual(1)
    } finally {
      await closeDatabase(second)
    }
  })

  it('refuse a key revoked through one instance on the other within 5 s', async () => {
    const key = partners.revoked.headers
    const served = async (headers: Headers) =>
      (await deliveryGet(b.url, `campaigns/${PH}?locale=en`, headers)).status === 200
    // The other instance has the key in memory (its fast path answers from there).
    for (let read = 0; read < 3; read += 1) expect(await served(key)).toBe(true)
    expect((await postEvents(b.url, key, { events: [anEvent()] })).status).toBe(200)

    const revoked = await fetch(
      `${a.url}/api/partners/${partners.revoked.id}`,
      asAdmin(adminToken, { active: false }),
    )
    expect(revoked.status).toBe(200)
    const since = performance.now()
    const refusedAfter = await msUntil(since, async () => !(await served(key)))
    console.log(
      `A revocation through one instance reached the other in ${Math.round(refusedAfter)} ms`,
    )
    expect(refusedAfter).toBeLessThan(PROPAGATION_LIMIT_MS)
    const events = await postEvents(b.url, key, { events: [anEvent()] })
    expect([401, 403]).toContain(events.status)
    expect(await served(key)).toBe(false)
  })

  it('serve an edit published through one instance from the other within 5 s', async () => {
    const titleOnB = async () =>
      (
        (await deliveryGet(b.url, `campaigns/${PH}?locale=en`, partners.reader.headers))
          .body as CampaignResponse
      ).title
    const before = await titleOnB()
    expect(await titleOnB()).toBe(before)
    const title = `${before} (revised on the other instance)`
    const edited = await fetch(
      `${a.url}/api/campaigns/${ids.campaigns[PH]}?locale=en`,
      asAdmin(adminToken, { _status: 'published', title }),
    )
    expect(edited.status).toBe(200)
    const since = performance.now()
    const servedAfter = await msUntil(since, async () => (await titleOnB()) === title)
    console.log(
      `An edit published through one instance was served by the other in ${Math.round(servedAfter)} ms`,
    )
    expect(servedAfter).toBeLessThan(PROPAGATION_LIMIT_MS)
  })

  it('hold one rate limit across both: a key gets its batches once, not once per instance', async () => {
    const key = partners.limited.headers
    for (let batch = 0; batch < BATCHES_PER_WINDOW; batch += 1) {
      const server = batch % 2 === 0 ? a : b
      expect((await postEvents(server.url, key, { events: [anEvent()] })).status).toBe(200)
    }
    for (const server of [a, b]) {
      const refused = await postEvents(server.url, key, { events: [anEvent()] })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    if (databaseKindOf(process.env.DATABASE_URI) === 'mongodb') {
      // Two instances counting a new key at once rely on its unique index (the loser's insert
      // fails and it updates instead); the library builds it, and this server must have it.
      const db = (payload.db as unknown as MongooseAdapter).connection.db!
      const indexes = await db.collection('rate-limits').indexes()
      expect(indexes).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: { key: 1 }, unique: true })]),
      )
    }
  })

  it('count every acknowledged event once, however often and wherever it was sent', async () => {
    const key = partners.counter.headers
    const batches = Array.from({ length: 10 }, () =>
      Array.from({ length: 5 }, () =>
        anEvent({
          audience: 'hospitality-students',
          campaign: FRANCE,
          channel: 'classroom',
          locale: 'fr',
        }),
      ),
    )
    const acknowledged = new Set<string>()
    for (const [index, batch] of batches.entries()) {
      const [first, retry] = index % 2 === 0 ? [a, b] : [b, a]
      // Sent to one instance, then again to the other, as a client that never saw the answer.
      for (const server of [first, retry]) {
        const posted = await postEvents(server.url, key, { events: batch })
        expect(posted.status).toBe(200)
        for (const event of batch) acknowledged.add(event.id)
      }
    }
    for (const server of [a, b]) {
      // 50 respondents, each seen once: the deployment's own k (never lowered) shows them.
      const response = await fetch(
        `${server.url}/api/reports/campaigns/${FRANCE}`,
        asAdmin(adminToken),
      )
      expect(response.status).toBe(200)
      const report = (await response.json()) as CampaignReport
      expect(report.total.suppressed).toBeFalsy()
      const total = report.total as Extract<CampaignReport['total'], { reach: unknown }>
      expect(total.reach.impressions).toBe(acknowledged.size)
    }
  })
})
