import { beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { CampaignModel, SimulatedPopulation } from '../../../src/tools/population/types'

import { simulatePopulation } from '../../../src/tools/population/simulatePopulation'
import { bundledCampaignModels } from './bundledModels'

const NOW = new Date('2026-11-20T12:00:00Z')

let campaigns: CampaignModel[]
let campaignBySlug: Map<number | string, CampaignModel>
let population: SimulatedPopulation

const countBy = <T>(values: readonly T[], key: (value: T) => string) => {
  const counts: Record<string, number> = {}
  for (const value of values) counts[key(value)] = (counts[key(value)] ?? 0) + 1
  return counts
}

/** Scores a submission against the answer key, independently of the simulation's own bookkeeping. */
const scoreOf = (event: WireEvent): number => {
  const campaign = campaigns.find((candidate) => candidate.slug === event.campaign)
  const items = campaign?.assessment?.items ?? []
  const correct = items.filter((item) => {
    const expected = item.choices.filter((choice) => choice.correct).map((choice) => choice.key)
    const given = [event.assessment?.answers[item.key] ?? []].flat()
    return given.length === expected.length && expected.every((key) => given.includes(key))
  }).length
  return correct / items.length
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length
const sd = (values: readonly number[]) => {
  const m = mean(values)
  return Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1))
}

beforeAll(async () => {
  campaigns = await bundledCampaignModels()
  campaignBySlug = new Map(campaigns.map((campaign) => [campaign.slug, campaign]))
  population = simulatePopulation({ campaigns, now: NOW, respondents: 6000, seed: 42 })
})

describe('the simulated population', () => {
  it('is the same for the same seed, ids included, and different for another seed', () => {
    const again = simulatePopulation({ campaigns, now: NOW, respondents: 300, seed: 'repeat' })
    const same = simulatePopulation({ campaigns, now: NOW, respondents: 300, seed: 'repeat' })
    const other = simulatePopulation({ campaigns, now: NOW, respondents: 300, seed: 'other' })
    expect(same).toEqual(again)
    const ids = new Set(again.events.map((event) => event.id))
    expect(other.events.filter((event) => ids.has(event.id))).toHaveLength(0)
  })

  it('covers all three audiences, each on its campaign, channels and languages', () => {
    const byAudience = countBy(population.respondents, (respondent) => respondent.audience)
    expect(Object.keys(byAudience).sort()).toEqual([
      'hospitality-students',
      'migrant-workers',
      'tourists',
    ])
    expect(Object.values(byAudience).reduce((a, b) => a + b, 0)).toBe(6000)
    const outOfTheirCampaign = population.events.filter((event) => {
      const campaign = campaignBySlug.get(event.campaign)
      return (
        !campaign?.audiences.includes(event.audience) ||
        !campaign.channels.includes(event.channel) ||
        !campaign.locales.includes(event.locale)
      )
    })
    expect(outOfTheirCampaign).toEqual([])
    for (const campaign of campaigns) {
      const used = new Set(
        population.events.filter((e) => e.campaign === campaign.slug).map((e) => e.channel),
      )
      expect(used.size).toBeGreaterThanOrEqual(2)
    }
  })

  it('makes events the wire contract accepts, all in the past, each id once', () => {
    const ids = new Set(population.events.map((event) => event.id))
    expect(ids.size).toBe(population.events.length)
    const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    const itemKeysOf = (slug: number | string) =>
      (campaignBySlug.get(slug)?.assessment?.items ?? [])
        .map((item) => item.key)
        .sort()
        .join()
    const malformed = population.events.filter(
      (event) =>
        !uuidV4.test(event.id) ||
        !(Date.parse(event.occurredAt) <= NOW.getTime()) ||
        /@|\s/.test(event.respondent) ||
        (event.type === 'assessment'
          ? Object.keys(event.assessment?.answers ?? {})
              .sort()
              .join() !== itemKeysOf(event.campaign)
          : event.assessment !== undefined),
    )
    expect(malformed).toEqual([])
  })

  it('has far more impressions than engagement, and far more engagement than calls to action', () => {
    const types = countBy(population.events, (event) => event.type)
    expect(types.impression / types.engagement).toBeGreaterThan(2)
    expect(types.engagement / types.cta).toBeGreaterThan(5)
    expect(types.share).toBeGreaterThan(0)
  })

  it('has some non-consent, whose people send no answers', () => {
    const declined = population.respondents.filter((respondent) => !respondent.consent)
    expect(declined.length / population.respondents.length).toBeGreaterThan(0.05)
    expect(declined.length / population.respondents.length).toBeLessThan(0.2)
    const declinedIds = new Set(declined.map((respondent) => respondent.id))
    const theirEvents = population.events.filter((event) => declinedIds.has(event.respondent))
    expect(theirEvents.length).toBeGreaterThan(0)
    expect(theirEvents.every((event) => !event.consent && event.type !== 'assessment')).toBe(true)
  })

  it('has paired respondents, pre-only and post-only ones, and fewer follow-ups than posts', () => {
    const phases = countBy(
      population.respondents.filter((r) => Object.keys(r.scores).length > 0),
      (r) => ['pre', 'post', 'followup'].filter((phase) => phase in r.scores).join('+'),
    )
    expect(phases['pre+post']).toBeGreaterThan(500)
    expect(phases.pre).toBeGreaterThan(50)
    expect(phases.post).toBeGreaterThan(50)
    expect(phases['pre+post+followup']).toBeGreaterThan(50)
    const posts = population.events.filter((e) => e.assessment?.phase === 'post').length
    const followups = population.events.filter((e) => e.assessment?.phase === 'followup').length
    expect(followups).toBeLessThan(posts / 2)
  })

  it('gives paired gains near the configured effect, audience by audience', () => {
    for (const calibration of population.calibrations) {
      const submissions = population.events.filter(
        (event) => event.type === 'assessment' && event.audience === calibration.audience,
      )
      const byRespondent = new Map<string, Partial<Record<string, number>>>()
      for (const event of submissions) {
        const phases = byRespondent.get(event.respondent) ?? {}
        phases[event.assessment?.phase ?? ''] = scoreOf(event)
        byRespondent.set(event.respondent, phases)
      }
      const differences = [...byRespondent.values()].flatMap((phases) =>
        phases.pre !== undefined && phases.post !== undefined ? [phases.post - phases.pre] : [],
      )
      const standardError = sd(differences) / Math.sqrt(differences.length)
      expect(differences.length).toBeGreaterThan(100)
      expect(Math.abs(mean(differences) - calibration.gain)).toBeLessThan(
        Math.max(0.02, 3 * standardError),
      )
    }
  })

  it('keeps part of the gain at the follow-up', () => {
    for (const audience of ['tourists', 'hospitality-students', 'migrant-workers']) {
      const scores = population.respondents.filter(
        (r) => r.audience === audience && r.scores.followup !== undefined,
      )
      const pre = mean(
        population.respondents.flatMap((r) =>
          r.audience === audience && r.scores.pre !== undefined ? [r.scores.pre] : [],
        ),
      )
      const post = mean(scores.map((r) => r.scores.post ?? 0))
      const followup = mean(scores.map((r) => r.scores.followup ?? 0))
      expect(followup).toBeLessThan(post)
      expect(followup).toBeGreaterThan(pre)
    }
  })

  it('records in its bookkeeping the scores its events carry', () => {
    const byId = new Map(population.respondents.map((r) => [r.id, r]))
    for (const event of population.events.filter((e) => e.type === 'assessment')) {
      const phase = event.assessment?.phase ?? 'pre'
      expect(byId.get(event.respondent)?.scores[phase]).toBeCloseTo(scoreOf(event), 10)
    }
  })

  it('resends a few events, identical to the first sending', () => {
    const share = population.resends.length / population.events.length
    expect(share).toBeGreaterThan(0.015)
    expect(share).toBeLessThan(0.05)
    const byId = new Map(population.events.map((event) => [event.id, event]))
    for (const resent of population.resends) expect(resent).toEqual(byId.get(resent.id))
  })

  it('leaves out a campaign that does not run in the simulated period, and says why', () => {
    const future = { ...campaigns[0], period: { start: '2030-01-01' }, slug: 'future' }
    const result = simulatePopulation({ campaigns: [future], now: NOW, respondents: 10, seed: 1 })
    expect(result.events).toHaveLength(0)
    expect(result.skipped).toEqual([
      { campaign: 'future', reason: expect.stringContaining('does not overlap') },
    ])
  })
})
