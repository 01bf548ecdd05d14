import type { Payload } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { RunningServer } from '../../../src/server/startServer'

import { forwardingBacklog, runForwarding } from '../../../src/evaluation/forwarding/forwarding'
import { posthogUuidOf } from '../../../src/evaluation/forwarding/toPosthogMessage'
import { campaignModelFromPack } from '../../../src/tools/population/campaignModelsFromPacks'
import { simulatePopulation } from '../../../src/tools/population/simulatePopulation'
import { loadPacks } from '../../../src/packs/load'
import { createPartner } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { knowledgeCheckOf, sendBatch } from '../../helpers/evaluation'
import { type PosthogReceiver, startPosthogReceiver } from '../../helpers/posthogReceiver'
import { startTestServer } from '../../helpers/testServer'

const PHILIPPINES = 'philippines-pre-departure'
/** The mongodb project on its throwaway FerretDB, not on a real MongoDB (TEST_MONGODB_URI). */
const onFerretDb = process.env.AWARE_TEST_DATABASE === 'mongodb' && !process.env.TEST_MONGODB_URI
const API_KEY = 'phc_aware_integration_test'

/** A simulated population of the Philippines campaign, as its partner's site would send it. */
const populationFor = async (revision: number) => {
  const { packs } = await loadPacks(path.resolve('campaigns'))
  const pack = packs.find((candidate) => candidate.campaign.slug === PHILIPPINES)
  if (!pack) throw new Error(`no ${PHILIPPINES} pack`)
  return simulatePopulation({
    campaigns: [campaignModelFromPack(pack, revision)],
    now: new Date(),
    respondents: 150,
    seed: 'forwarding',
  })
}

describe('forwarding accepted events to PostHog', () => {
  let receiver: PosthogReceiver
  let server: RunningServer
  let payload: Payload
  let events: WireEvent[]
  let resends: WireEvent[]
  let partnerId: string

  /** PostHog's UUID of an event: name-based on its stored key, the sender and its own id. */
  const uuidOf = (event: WireEvent) => posthogUuidOf(`partner:${partnerId}/${event.id}`)

  beforeAll(async () => {
    receiver = await startPosthogReceiver()
    process.env.POSTHOG_API_KEY = API_KEY
    process.env.POSTHOG_HOST = receiver.url
    server = await startTestServer()
    payload = server.payload
    const ids = await importBundledCampaigns(payload)
    const partner = await createPartner(payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    partnerId = String(partner.id)
    const population = await populationFor((await knowledgeCheckOf(payload, PHILIPPINES)).revision)
    events = population.events
    resends = population.resends.length > 0 ? population.resends : population.events.slice(0, 5)

    for (let start = 0; start < events.length; start += 200) {
      const result = await sendBatch(server.url, partner.headers, events.slice(start, start + 200))
      expect(result.rejected).toEqual([])
    }
    // A client retrying: the server counts these once, and PostHog must not see them twice.
    const retried = await sendBatch(server.url, partner.headers, resends)
    expect(retried.duplicates).toBe(resends.length)
    // The job, as the queue runs it on every instance: one run holds the lease, the other waits.
    // FerretDB 1.24 does not make a conditional update atomic against a concurrent one on the
    // same document (two takers of a released lease both succeed), so there the race is not run
    // (README, "What runs on FerretDB"); MongoDB and the SQL databases take it.
    // Whoever gets the lease sends; a run that finds it held says busy. On a loaded machine the
    // first run may finish before the second starts (which then finds nothing left to send), or
    // the queue's own job may hold the lease: what must never happen is two runs sending.
    if (!onFerretDb) {
      const runs = await Promise.all([runForwarding(payload), runForwarding(payload)])
      for (const run of runs) expect(['busy', 'sent']).toContain(run?.outcome)
      const senders = runs.filter((run) => run?.outcome === 'sent' && run.sent > 0)
      expect(senders.length).toBeLessThanOrEqual(1)
    }
    while ((await forwardingBacklog(payload)).backlog > 0) await runForwarding(payload)
    // Closing the server sends what is still queued (nothing by now) and stops.
    await server.close()
  })
  afterAll(async () => {
    delete process.env.POSTHOG_API_KEY
    delete process.env.POSTHOG_HOST
    await server?.close()
    await receiver?.close()
  })

  it('sends every accepted, consented event once, gzip-encoded, with its own id', () => {
    const consented = events.filter((event) => event.consent)
    const copiesOf = new Map<string, string[]>()
    for (const message of receiver.messages()) {
      copiesOf.set(message.uuid, [...(copiesOf.get(message.uuid) ?? []), JSON.stringify(message)])
    }
    expect(new Set(copiesOf.keys())).toEqual(new Set(consented.map(uuidOf)))
    // A batch whose 2xx came later than posthog-node's request timeout (on a loaded machine) is
    // sent again whole. Every copy is then the same message under the same uuid, which PostHog
    // keeps once; anything else would count an event twice there.
    const resent = new Set<string>()
    for (const [uuid, copies] of copiesOf) {
      if (copies.length === 1) continue
      expect(new Set(copies).size).toBe(1)
      resent.add(uuid)
    }
    // And only whole batches go again: a batch's events were all resent, or none of them.
    for (const { batch } of receiver.accepted) {
      const again = batch.filter((message) => resent.has(message.uuid)).length
      expect([0, batch.length]).toContain(again)
    }
    expect(receiver.accepted.every((batch) => batch.gzip && batch.api_key === API_KEY)).toBe(true)
  })

  it('sends no answers, no raw respondent ids and no person profiles', () => {
    const rawRespondents = new Set(events.map((event) => event.respondent))
    const itemKeys = Object.keys(events.find((e) => e.assessment)?.assessment?.answers ?? {})
    expect(itemKeys.length).toBeGreaterThan(0)
    for (const batch of receiver.accepted) {
      expect(batch.raw).not.toMatch(/"answers"|"respondent"|"score"/)
      for (const key of itemKeys) expect(batch.raw).not.toContain(`"${key}"`)
      for (const respondent of rawRespondents) expect(batch.raw).not.toContain(respondent)
    }
    for (const message of receiver.messages()) {
      expect(message.properties.$process_person_profile).toBe(false)
      expect(rawRespondents.has(message.distinct_id)).toBe(false)
      expect(
        Object.keys(message.properties)
          .filter((key) => !key.startsWith('$'))
          .sort(),
      ).toEqual(['audience', 'campaign', 'channel', 'locale', 'partner', 'phase'])
    }
  })

  it('carries the breakdowns and the phase, and the same pseudonym for one respondent', () => {
    const byId = new Map(events.map((event) => [uuidOf(event), event]))
    const pseudonymOf = new Map<string, string>()
    for (const message of receiver.messages()) {
      const event = byId.get(message.uuid)!
      expect(message.event).toBe(`aware_${event.type}`)
      expect(message.properties).toMatchObject({
        audience: 'migrant-workers',
        campaign: PHILIPPINES,
        channel: event.channel,
        locale: event.locale,
        partner: partnerId,
        phase: event.assessment?.phase ?? null,
      })
      expect(Date.parse(message.timestamp)).toBe(Date.parse(event.occurredAt))
      const known = pseudonymOf.get(event.respondent)
      if (known) expect(message.distinct_id).toBe(known)
      pseudonymOf.set(event.respondent, message.distinct_id)
    }
    expect(new Set(pseudonymOf.values()).size).toBe(pseudonymOf.size)
  })
})
