import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import type { CampaignReport } from '../../../src/evaluation/reports/figureTypes'

import { reportCsv } from '../../../src/evaluation/reports/reportCsv'

const report: CampaignReport = {
  audiences: [
    { audience: 'tourists', suppressed: true },
    {
      audience: 'students',
      knowledge: {
        attainment: null,
        followup: { suppressed: true },
        items: [{ item: 'line-1818', mcnemar: null, post: 0.9, pre: 0.5 }],
        mastery: {
          passMark: 0.7,
          post: { suppressed: true },
          pre: { ci: [0.1, 0.4], n: 20, rate: 0.25 },
        },
        normalizedGain: 0.5,
        normalizedGainLabel: 'medium',
        observedGain: null,
        paired: { suppressed: true },
        post: { suppressed: true },
        pre: { ci: [0.4, 0.6], mean: 0.5, n: 20, sd: 0.2 },
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
        engaged: 10,
        engagedRate: 0.5,
        impressions: 50,
        reached: 20,
        reachedError: 0,
        target: 1000,
      },
      suppressed: false,
    },
  ],
  campaign: { id: '3', slug: 'a-campaign', title: 'A "quoted", campaign' },
  filters: { channel: 'web' },
  generatedAt: '2026-03-01T00:00:00.000Z',
  k: 10,
  total: { audience: null, suppressed: true },
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
    expect(valueOf('students', 'reach.reached')).toBe('20')
  })

  it('shows a suppressed row, or block, as "suppressed" and nothing more', () => {
    expect(rows.filter((row) => row.audience === 'tourists')).toEqual([
      { audience: 'tourists', measure: 'suppressed', value: 'true' },
    ])
    expect(rows.filter((row) => row.audience === 'total')).toEqual([
      { audience: 'total', measure: 'suppressed', value: 'true' },
    ])
    expect(valueOf('students', 'knowledge.post')).toBe('suppressed')
    expect(valueOf('students', 'knowledge.mastery.post')).toBe('suppressed')
    expect(rows.some((row) => row.measure.startsWith('knowledge.post.'))).toBe(false)
    expect(valueOf('students', 'knowledge.suppressed')).toBe('followup;post;paired;retention')
  })
})
