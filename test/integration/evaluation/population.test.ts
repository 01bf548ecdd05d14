import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type {
  AudienceReport,
  CampaignReport,
  KnowledgeFigures,
  MeanFigure,
  PairedFigure,
  RateFigure,
  ReachFigures,
  UnpairedFigure,
} from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'
import type { Truth } from '../../helpers/expectedFigures'

import {
  cohensDzInterval,
  hedgesGInterval,
  mcnemarTest,
  meanInterval,
  normalizedGain,
  normalizedGainInterval,
  pairedTTest,
  summarizeSample,
  welchTTest,
  wilcoxonSignedRankFromDifferences,
  wilsonInterval,
} from '../../../src/evaluation/statistics'
import { eventStoreFor } from '../../../src/evaluation/store/eventStoreFor'
import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { knowledgeCheckOf, type KnowledgeCheck, sendBatch } from '../../helpers/evaluation'
import { truthOf } from '../../helpers/expectedFigures'
import {
  batchesOf,
  type CampaignPlan,
  type Population,
  type Respondent,
  type Sender,
  simulatePopulation,
} from '../../helpers/population'
import { startTestServer } from '../../helpers/testServer'
import { useDeploymentK } from '../../helpers/deploymentK'

/** Relative agreement far inside six significant digits; null must meet null. */
const expectClose = (actual: null | number | undefined, expected: null | number, label: string) => {
  if (expected === null) return expect(actual ?? null, label).toBeNull()
  expect(typeof actual, label).toBe('number')
  expect(Math.abs((actual as number) - expected), label).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  )
}

const shown = <T extends object>(value: T | { suppressed: true }, label: string): T => {
  if ('suppressed' in value && value.suppressed === true) throw new Error(`${label} is suppressed`)
  return value as T
}

const SLUGS = [
  'peru-loreto-child-protection',
  'france-hospitality-duty-to-act',
  'philippines-pre-departure',
] as const

/** Each pack's own pass mark, read from the pack rather than from what the server stored. */
const passMarkOf = (slug: string): number =>
  (
    JSON.parse(readFileSync(path.join('campaigns', slug, 'campaign.json'), 'utf8')) as {
      objectives: { passMark: number }[]
    }
  ).objectives[0].passMark

const checkAgainstTruth = (row: AudienceReport, truth: Truth, passMark: number) => {
  if (row.suppressed) throw new Error(`${row.audience} is suppressed`)
  const reach: ReachFigures = row.reach
  expect(reach).toMatchObject({
    assessmentsCompleted: truth.assessmentsCompleted,
    cta: truth.cta,
    engaged: truth.engaged,
    impressions: truth.impressions,
    reached: truth.reached,
    reachedError: 0,
  })
  for (const [figure, part] of [
    [reach.engagedRateCi, truth.engaged],
    [reach.ctaRateCi, truth.cta],
  ] as const) {
    const wilson = wilsonInterval(part, truth.reached)
    expectClose(figure[0], wilson.lower, 'rate ci lower')
    expectClose(figure[1], wilson.upper, 'rate ci upper')
  }
  const knowledge: KnowledgeFigures = row.knowledge
  for (const [phase, scores] of [
    ['pre', truth.pre],
    ['post', truth.post],
  ] as const) {
    const figure = shown<MeanFigure>(knowledge[phase], phase)
    const expected = meanInterval(scores)
    expect(figure.n).toBe(scores.length)
    expectClose(figure.mean, expected.mean, `${phase} mean`)
    expectClose(figure.ci[0], expected.ciLower, `${phase} ci lower`)
    expectClose(figure.ci[1], expected.ciUpper, `${phase} ci upper`)
  }

  const paired = shown<PairedFigure>(knowledge.paired, 'paired')
  const t = pairedTTest(truth.pairedPost, truth.pairedPre)
  expect(paired.n).toBe(truth.pairedPre.length)
  expect(paired.df).toBe(t.df)
  expectClose(paired.meanDiff, t.meanDiff, 'paired mean difference')
  expectClose(paired.sd, t.sd, 'paired sd')
  expectClose(paired.t, t.t, 'paired t')
  expectClose(paired.p, t.p, 'paired p')
  expectClose(paired.ci[0], t.ciLower, 'paired ci lower')
  expectClose(paired.ci[1], t.ciUpper, 'paired ci upper')
  expectClose(paired.dz, t.cohensDz, 'd_z')
  const dzInterval = cohensDzInterval(t.cohensDz, t.n)
  expectClose(paired.dzCi[0], dzInterval.lower, 'd_z ci lower')
  expectClose(paired.dzCi[1], dzInterval.upper, 'd_z ci upper')
  const wilcoxon = wilcoxonSignedRankFromDifferences(truth.pairedDifferences)
  expect(paired.wilcoxon.V).toBe(wilcoxon.V)
  expectClose(paired.wilcoxon.p, wilcoxon.p, 'wilcoxon p')

  const unpaired = shown<UnpairedFigure>(knowledge.unpaired, 'unpaired')
  const welch = welchTTest(truth.post, truth.pre)
  expect([unpaired.n1, unpaired.n2]).toEqual([truth.post.length, truth.pre.length])
  expectClose(unpaired.t, welch.t, 'welch t')
  expectClose(unpaired.df, welch.df, 'welch df')
  expectClose(unpaired.p, welch.p, 'welch p')
  expectClose(unpaired.g, welch.hedgesG, 'hedges g')
  const gInterval = hedgesGInterval(welch.hedgesG, welch.n1, welch.n2)
  expectClose(unpaired.gCi[0], gInterval.lower, 'hedges g ci lower')
  expectClose(unpaired.gCi[1], gInterval.upper, 'hedges g ci upper')
  expectClose(unpaired.ci[0], welch.ciLower, 'welch ci lower')

  const gain = normalizedGain(meanInterval(truth.pre).mean!, meanInterval(truth.post).mean!)
  expectClose(knowledge.normalizedGain, gain.gain, 'normalized gain')
  expect(knowledge.normalizedGainLabel).toBe(gain.label)
  const gainInterval = normalizedGainInterval(
    summarizeSample(truth.pre),
    summarizeSample(truth.post),
  )
  expectClose(knowledge.normalizedGainCi[0], gainInterval.lower, 'normalized gain ci lower')
  expectClose(knowledge.normalizedGainCi[1], gainInterval.upper, 'normalized gain ci upper')

  for (const [phase, scores] of [
    ['pre', truth.pre],
    ['post', truth.post],
  ] as const) {
    const mastery = shown<RateFigure>(knowledge.mastery[phase], `mastery ${phase}`)
    const wilson = wilsonInterval(
      scores.filter((score) => score >= passMark - 1e-12).length,
      scores.length,
    )
    expectClose(mastery.rate, wilson.proportion, `mastery ${phase}`)
    expectClose(mastery.ci[0], wilson.lower, `mastery ${phase} lower`)
    expectClose(mastery.ci[1], wilson.upper, `mastery ${phase} upper`)
  }
  expect(knowledge.mastery.passMark).toBe(passMark)

  expect(knowledge.items.map((item) => item.item)).toEqual([...truth.items.keys()].sort())
  for (const item of knowledge.items) {
    const itemTruth = truth.items.get(item.item)!
    expectClose(item.pre, itemTruth.preRight / truth.pre.length, `${item.item} pre`)
    expectClose(item.post, itemTruth.postRight / truth.post.length, `${item.item} post`)
    const [preShare, postShare] = [
      wilsonInterval(itemTruth.preRight, truth.pre.length),
      wilsonInterval(itemTruth.postRight, truth.post.length),
    ]
    expectClose(item.preCi[0], preShare.lower, `${item.item} pre ci lower`)
    expectClose(item.postCi[1], postShare.upper, `${item.item} post ci upper`)
    const mcnemar = mcnemarTest(itemTruth.b, itemTruth.c)
    expect(item.mcnemar, item.item).toMatchObject({ b: itemTruth.b, c: itemTruth.c })
    expectClose(item.mcnemar?.p, mcnemar.p, `${item.item} McNemar p`)
    expectClose(item.mcnemar?.exactP, mcnemar.exactP, `${item.item} exact p`)
  }
}

describe('a realistic population, end to end over HTTP', () => {
  useDeploymentK(5)
  let server: RunningServer
  let payload: Payload
  let evaluator: { headers: Headers }
  let population: Population
  const checks = new Map<string, KnowledgeCheck>()
  let posted = 0
  let partnerA: number | string

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    const ids = await importBundledCampaigns(payload)
    const audiences = Object.values(ids.audiences) as number[]
    const a = await createPartner(payload, { allowedAudiences: audiences })
    partnerA = a.id
    const senders: Record<Sender, Headers> = {
      'partner-a': a.headers,
      'partner-b': (await createPartner(payload, { allowedAudiences: audiences })).headers,
      staff: (await signInAs(payload, server.url, 'editor')).headers,
    }
    evaluator = await signInAs(payload, server.url, 'evaluator')
    const plans: CampaignPlan[] = []
    for (const [slug, audience, locales, channels] of [
      ['peru-loreto-child-protection', 'tourists', ['es', 'en', 'fr'], ['web', 'poster-qr']],
      [
        'france-hospitality-duty-to-act',
        'hospitality-students',
        ['fr', 'en'],
        ['classroom', 'web'],
      ],
      [
        'philippines-pre-departure',
        'migrant-workers',
        ['tl', 'en'],
        ['seminar', 'web', 'messaging'],
      ],
    ] as const) {
      const check = await knowledgeCheckOf(payload, slug)
      checks.set(slug, check)
      plans.push({
        audience,
        channels: [...channels],
        check,
        locales: [...locales],
        respondents: 90,
        slug,
      })
    }
    population = simulatePopulation(20261122, plans)
    for (const sender of ['partner-a', 'partner-b', 'staff'] as const) {
      const batches = batchesOf(population, sender, 50)
      for (const batch of batches) {
        const result = await sendBatch(server.url, senders[sender], batch)
        expect(result.rejected).toEqual([])
        posted += result.accepted
      }
      // A client that lost the answers retries: nothing may count twice.
      for (const batch of batches.slice(0, 2)) {
        const retry = await sendBatch(server.url, senders[sender], batch)
        expect(retry).toMatchObject({ accepted: 0, duplicates: batch.length })
      }
    }
  })
  afterAll(async () => {
    await server?.close()
  })

  const report = async (slug: string, query = '') => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${slug}?k=5${query}`, {
      headers: evaluator.headers,
    })
    expect(response.status).toBe(200)
    return (await response.json()) as CampaignReport
  }

  const peopleOf = (slug: string, keep: (person: Respondent) => boolean = () => true) =>
    population.respondents.filter((person) => person.campaign === slug && keep(person))

  it('stores every event once', async () => {
    expect(posted).toBe(population.events.length)
    expect(await eventStoreFor(payload).countEvents()).toBe(population.events.length)
  })

  for (const slug of SLUGS) {
    it(`reports ${slug} exactly as the raw answers say`, async () => {
      const answer = await report(slug)
      const check = checks.get(slug)!
      const truth = truthOf(peopleOf(slug), check)
      expect(answer.audiences).toHaveLength(1)
      checkAgainstTruth(answer.audiences[0], truth, passMarkOf(slug))
      checkAgainstTruth(answer.total, truth, passMarkOf(slug))
    })
  }

  it('breaks a campaign down by channel, locale and partner', async () => {
    const slug = 'philippines-pre-departure'
    const check = checks.get(slug)!
    const web = await report(slug, '&channel=web')
    const webTruth = truthOf(
      peopleOf(slug, (person) => person.channel === 'web'),
      check,
    )
    checkAgainstTruth(web.total, webTruth, passMarkOf(slug))
    const tagalog = await report(slug, '&locale=tl')
    const tl = truthOf(
      peopleOf(slug, (p) => p.locale === 'tl'),
      check,
    )
    expect(tagalog.total).toMatchObject({
      reach: { impressions: tl.impressions, reached: tl.reached },
    })
    const fromA = await report(slug, `&partner=${partnerA}`)
    const aTruth = truthOf(
      peopleOf(slug, (person) => person.sender === 'partner-a'),
      check,
    )
    checkAgainstTruth(fromA.total, aTruth, passMarkOf(slug))
  })
})
