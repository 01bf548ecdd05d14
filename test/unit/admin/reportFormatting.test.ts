import { describe, expect, it } from 'vitest'

import {
  isSuppressed,
  percent,
  percentInterval,
  points,
  pValue,
} from '../../../src/evaluation/admin/reports/format'
import {
  comparisonPreset,
  presetPeriod,
  reportUrl,
  submissionsUrl,
  viewSearch,
} from '../../../src/evaluation/admin/reports/reportFilters'

const none = {
  audience: '',
  campaign: 'peru',
  channel: '',
  compareFrom: '',
  compareTo: '',
  from: '',
  interval: 'week' as const,
  locale: '',
  partner: '',
  quality: '' as const,
  to: '',
}

describe('how the dashboard writes figures', () => {
  it('writes shares as percentages and changes as signed points', () => {
    expect(percent(0.5234)).toBe('52.3 %')
    expect(percent(null)).toBe('–')
    expect(points(0.2111)).toBe('+21.1 points')
    expect(points(-0.114)).toBe('−11.4 points')
    expect(percentInterval([0.5, 0.55])).toBe('95 % CI 50.0 % to 55.0 %')
    expect(percentInterval([null, null])).toBe('')
  })

  it('writes p-values as journals do', () => {
    expect(pValue(0.04567)).toBe('0.046')
    expect(pValue(0.0002)).toBe('< 0.001')
    expect(pValue(null)).toBe('–')
  })

  it('recognises a suppressed cell and nothing else', () => {
    expect(isSuppressed({ suppressed: true })).toBe(true)
    expect(isSuppressed({ ci: [0, 1], mean: 0.5, n: 12, sd: 0.1 })).toBe(false)
    expect(isSuppressed(null)).toBe(false)
  })
})

describe('the report URL behind the dashboard and its export links', () => {
  it('carries only the filters that are set', () => {
    expect(reportUrl(none)).toBe('/api/reports/campaigns/peru?interval=week')
    expect(
      reportUrl({ ...none, audience: 'tourists', from: '2026-01-01', locale: 'es' }, 'csv'),
    ).toBe('/api/reports/campaigns/peru?audience=tourists&locale=es&from=2026-01-01&format=csv')
  })

  it('carries a comparison to JSON and CSV, never to the workbook, which is of one period', () => {
    const compared = {
      ...none,
      compareFrom: '2026-10-05',
      compareTo: '2026-10-18',
      from: '2026-10-19',
      to: '2026-11-01',
    }
    expect(reportUrl(compared)).toBe(
      '/api/reports/campaigns/peru?from=2026-10-19&to=2026-11-01&compareFrom=2026-10-05&compareTo=2026-10-18&interval=week',
    )
    expect(reportUrl(compared, 'csv')).toContain('compareFrom=2026-10-05&compareTo=2026-10-18')
    expect(reportUrl(compared, 'xlsx')).not.toContain('compare')
  })

  it('links the submission export and its codebook with the audience, its only filter', () => {
    expect(submissionsUrl(none, 'data')).toBe('/api/reports/campaigns/peru/submissions')
    expect(submissionsUrl({ ...none, audience: 'tourists', channel: 'web' }, 'codebook')).toBe(
      '/api/reports/campaigns/peru/submissions/codebook?audience=tourists',
    )
  })
})

describe('the view address and its period presets', () => {
  it('holds every filter set, so a view can be shared and reopened', () => {
    expect(viewSearch(none)).toBe('?campaign=peru')
    expect(viewSearch({ ...none, audience: 'tourists', from: '2026-01-01', interval: 'day' })).toBe(
      '?campaign=peru&audience=tourists&from=2026-01-01&interval=day',
    )
  })

  it('counts the last n days up to today, and the whole campaign as no period', () => {
    const now = Date.parse('2026-12-01T15:00:00Z')
    expect(presetPeriod(7, now)).toEqual({ from: '2026-11-25', to: '2026-12-01' })
    expect(presetPeriod(30, now)).toEqual({ from: '2026-11-02', to: '2026-12-01' })
    expect(presetPeriod(null, now)).toEqual({ from: '', to: '' })
  })

  it('compares with the whole weeks just before, or the same days a year before', () => {
    // Wednesday 2026-11-25 to Tuesday 2026-12-01 widens to Monday 11-23 to Sunday 12-06:
    // two weeks, so the previous period is the two weeks before, sharing none of them.
    const lastWeek = { from: '2026-11-25', to: '2026-12-01' }
    expect(comparisonPreset('previous', lastWeek)).toEqual({
      compareFrom: '2026-11-09',
      compareTo: '2026-11-22',
    })
    expect(comparisonPreset('lastYear', lastWeek)).toEqual({
      compareFrom: '2025-11-25',
      compareTo: '2025-12-01',
    })
    // 29 February has no day a year before: it becomes 1 March, as Date does.
    expect(comparisonPreset('lastYear', { from: '2028-02-29', to: '2028-03-06' })).toEqual({
      compareFrom: '2027-03-01',
      compareTo: '2027-03-06',
    })
    expect(comparisonPreset('previous', { from: '', to: '' })).toEqual({
      compareFrom: '',
      compareTo: '',
    })
  })
})
