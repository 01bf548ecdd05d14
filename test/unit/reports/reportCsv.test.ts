import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import type { CampaignReport } from '../../../src/evaluation/reports/figureTypes'
import type { QualityFigures } from '../../../src/evaluation/reports/qualityFigures'

import { reportCsv } from '../../../src/evaluation/reports/reportCsv'
import { reportMethods } from '../../../src/evaluation/reports/reportMethods'

const hiddenQuality: QualityFigures = {
  approved: 0,
  excluded: 0,
  flagged: null,
  included: null,
  reasons: {
    burst: null,
    future: 0,
    'identical-answers': 0,
    'outside-period': 0,
    'too-fast': 0,
  },
  received: null,
  retakes: 0,
}

const report: CampaignReport = {
  audiences: [
    { audience: 'tourists', quality: hiddenQuality, suppressed: true },
    {
      audience: 'students',
      knowledge: {
        attainment: null,
        followup: { suppressed: true },
        items: [
          {
            discrimination: { post: null, pre: 0.31 },
            distractors: { post: null, pre: { b: 0.3, c: 0.2 } },
            flags: [],
            item: 'line-1818',
            mcnemar: null,
            post: 0.9,
            postCi: [null, null],
            pre: 0.5,
            preCi: [0.3, 0.7],
          },
        ],
        mastery: {
          passMark: 0.7,
          post: { suppressed: true },
          pre: { ci: [0.1, 0.4], n: 20, rate: 0.25 },
        },
        normalizedGain: 0.5,
        normalizedGainCi: [null, null],
        normalizedGainLabel: 'medium',
        observedGain: null,
        observedGainBasis: null,
        paired: { suppressed: true },
        post: { suppressed: true },
        pre: { ci: [0.4, 0.6], mean: 0.5, n: 20, sd: 0.2 },
        reliability: { post: { suppressed: true }, pre: { kr20: 0.61, n: 20 } },
        retention: { suppressed: true },
        suppressed: ['followup', 'post', 'paired', 'retention'],
        target: 0.2,
        unpaired: { suppressed: true },
      },
      reach: {
        assessmentsCompleted: 20,
        attainment: 0.02,
        cta: 2,
        ctaRate: 0.1,
        ctaRateCi: [0.0279, 0.301],
        engaged: 10,
        engagedRate: 0.5,
        engagedRateCi: [0.299, 0.701],
        impressions: 50,
        reached: 20,
        reachedError: 0,
        target: 1000,
      },
      quality: { ...hiddenQuality, flagged: 0, included: 40, received: 40 },
      suppressed: false,
    },
  ],
  campaign: { id: '3', slug: 'a-campaign', title: 'A "quoted", campaign' },
  filters: { channel: 'web' },
  generatedAt: '2026-03-01T00:00:00.000Z',
  k: 10,
  methods: reportMethods,
  quality: 'default',
  total: { audience: null, quality: hiddenQuality, suppressed: true },
}

describe('reportCsv', () => {
  const rows = parse(reportCsv(report), { columns: true }) as Record<string, string>[]
  const valueOf = (audience: string, measure: string) =>
    rows.find((row) => row.audience === audience && row.measure === measure)?.value

  it('writes one figure per line, with the report’s campaign, k and filters first', () => {
    expect(rows.slice(0, 6)).toEqual([
      { audience: '', measure: 'campaign.id', value: '3' },
      { audience: '', measure: 'campaign.slug', value: 'a-campaign' },
      { audience: '', measure: 'campaign.title', value: 'A "quoted", campaign' },
      { audience: '', measure: 'k', value: '10' },
      { audience: '', measure: 'generatedAt', value: '2026-03-01T00:00:00.000Z' },
      { audience: '', measure: 'filters.channel', value: 'web' },
    ])
    expect(valueOf('students', 'knowledge.pre.ci.lower')).toBe('0.4')
    expect(valueOf('students', 'knowledge.items.line-1818.pre')).toBe('0.5')
    expect(valueOf('students', 'knowledge.items.line-1818.distractors.pre.b')).toBe('0.3')
    expect(valueOf('students', 'knowledge.reliability.pre.kr20')).toBe('0.61')
    expect(valueOf('students', 'reach.reached')).toBe('20')
    expect(valueOf('students', 'knowledge.items.line-1818.preCi.lower')).toBe('0.3')
    expect(valueOf('students', 'knowledge.items.line-1818.postCi.upper')).toBe('')
    expect(valueOf('students', 'reach.engagedRateCi.upper')).toBe('0.701')
  })

  it('states how each interval is computed, after the filters', () => {
    expect(valueOf('', 'methods.knowledge.paired.dzCi')).toMatch(/noncentral t/)
    expect(valueOf('', 'methods.knowledge.unpaired.gCi')).toMatch(/Hedges & Olkin/)
    expect(valueOf('', 'methods.knowledge.normalizedGainCi')).toMatch(/delta method/)
  })

  it('shows a suppressed row, or block, as "suppressed" and nothing more than its review counts', () => {
    for (const audience of ['tourists', 'total']) {
      const lines = rows.filter((row) => row.audience === audience)
      expect(lines.filter((row) => !row.measure.startsWith('quality.'))).toEqual([
        { audience, measure: 'suppressed', value: 'true' },
      ])
      expect(lines.find((row) => row.measure === 'quality.included')?.value).toBe('')
      expect(lines.find((row) => row.measure === 'quality.reasons.burst')?.value).toBe('')
    }
    expect(valueOf('students', 'knowledge.post')).toBe('suppressed')
    expect(valueOf('students', 'knowledge.mastery.post')).toBe('suppressed')
    expect(rows.some((row) => row.measure.startsWith('knowledge.post.'))).toBe(false)
    expect(valueOf('students', 'knowledge.suppressed')).toBe('followup;post;paired;retention')
  })
})
