import { describe, expect, it } from 'vitest'

import type { ReportView } from '../../../src/evaluation/reports/disclosure/reportView'
import type { CellRecord } from '../../../src/evaluation/store/cellRecord'

import { disclosurePlan } from '../../../src/evaluation/reports/disclosure/disclosurePlan'
import { planFingerprint } from '../../../src/evaluation/reports/disclosure/planFingerprint'
import { emptyCell } from '../../../src/evaluation/store/cellRecord'

/** n respondents who took a pre check in one cell (no exposure events: reach rests on them). */
const cell = (
  n: number,
  site: Partial<
    Pick<CellRecord, 'audience' | 'channel' | 'day' | 'inclusion' | 'locale' | 'partner'>
  >,
): CellRecord => {
  const record = emptyCell({
    audience: 'tourists',
    campaign: 'c',
    channel: 'web',
    day: '2026-11-24',
    inclusion: 'included',
    locale: 'es',
    partner: '1',
    ...site,
  })
  record.scores = {
    pre: { choices: {}, histogram: {}, items: {}, n, sum: n / 2, sumSquares: n / 4 },
  }
  return record
}

// 12 on the web in Spanish; 8 by poster in French; 2 by poster in Spanish (poster − French).
const cells = [
  cell(12, {}),
  cell(8, { channel: 'poster-qr', day: '2026-11-17', locale: 'fr' }),
  cell(2, { channel: 'poster-qr', day: '2026-11-17' }),
]
const plan = (
  view: ReportView,
  extra: CellRecord[] = [],
  k = 5,
  mode: 'all' | 'default' = 'default',
) => disclosurePlan([...cells, ...extra], ['tourists'], { deploymentK: 5, k, mode, view })
const hides = (view: ReportView, extra?: CellRecord[], k?: number, mode?: 'all' | 'default') => {
  const { audiences, total } = plan(view, extra, k, mode)
  return { row: audiences.get('tourists')!.has('pre'), total: total.has('pre') }
}

describe('disclosurePlan', () => {
  it('shows the whole campaign and a channel whose every value holds k', () => {
    expect(hides({ dimension: null })).toEqual({ row: false, total: false })
    expect(hides({ dimension: 'channel', value: 'web' })).toEqual({ row: false, total: false })
    expect(hides({ dimension: 'channel', value: 'poster-qr' })).toEqual({
      row: false,
      total: false,
    })
  })

  it('hides the language once the channels are out: whole − web − French gives the two', () => {
    expect(hides({ dimension: 'locale', value: 'fr' })).toEqual({ row: true, total: true })
    expect(hides({ dimension: 'locale', value: 'es' })).toEqual({ row: true, total: true })
  })

  it('hides a partner of three, and the other partner too (total minus it gives the three)', () => {
    const small = [cell(3, { partner: '2' })]
    expect(hides({ dimension: 'partner', value: '2' }, small).row).toBe(true)
    expect(hides({ dimension: 'partner', value: '1' }, small).row).toBe(true)
  })

  it('cuts periods only between atoms of k: a week of two is merged with the next', () => {
    // Weeks: 2026-11-16 (8 + 2 = 10), 2026-11-23 (12): two atoms, each its own week.
    expect(hides({ dimension: 'period', from: '2026-11-23' }).row).toBe(false)
    const early = [cell(2, { channel: 'poster-qr', day: '2026-11-10', locale: 'fr' })]
    // 2026-11-09 (2) joins 2026-11-16: a period from 2026-11-16 would cut that atom.
    expect(hides({ dimension: 'period', from: '2026-11-16' }, early).row).toBe(true)
    expect(hides({ dimension: 'period', from: '2026-11-09' }, early).row).toBe(false)
  })

  it('keeps quality=all back while the held submissions are 1 to k − 1', () => {
    const held = [cell(2, { inclusion: 'held' })]
    expect(hides({ dimension: null }, held, 5, 'all')).toEqual({ row: true, total: true })
    const many = [cell(300, { inclusion: 'held' })]
    expect(hides({ dimension: null }, many, 5, 'all')).toEqual({ row: false, total: false })
  })

  it('hides at a raised k whatever the deployment’s k hides, and more', () => {
    expect(hides({ dimension: 'channel', value: 'poster-qr' }, [], 11).row).toBe(true)
    expect(hides({ dimension: 'locale', value: 'fr' }, [], 11).row).toBe(true)
  })

  it('keeps a plan for the same data only: a new respondent, a review or an audience changes it', () => {
    const view: ReportView = { dimension: 'locale', value: 'fr' }
    // Asked twice (the second from the cache), the same answer.
    expect(hides(view)).toEqual({ row: true, total: true })
    expect(hides(view)).toEqual({ row: true, total: true })
    // Three more in Spanish by poster: whole − web − French is no longer a group under k.
    const grown = [cell(3, { channel: 'poster-qr', day: '2026-11-17' })]
    expect(hides(view, grown)).toEqual({ row: false, total: false })
    expect(hides(view)).toEqual({ row: true, total: true })
  })
})

describe('planFingerprint', () => {
  const base = planFingerprint(cells, ['tourists'])

  it('ignores the order the store gives the cells in and what no plan reads', () => {
    expect(planFingerprint([...cells].reverse(), ['tourists'])).toBe(base)
    const more = cells.map((record) => ({ ...record, impressions: record.impressions + 40 }))
    expect(planFingerprint(more, ['tourists'])).toBe(base)
  })

  it('changes with a respondent, a review status, a reached sketch and the audiences', () => {
    const [first, ...rest] = cells
    const changed = (record: CellRecord) => planFingerprint([record, ...rest], ['tourists'])
    const pre = first.scores.pre!
    expect(changed({ ...first, scores: { pre: { ...pre, n: pre.n + 1 } } })).not.toBe(base)
    expect(changed({ ...first, inclusion: 'held' })).not.toBe(base)
    expect(changed({ ...first, sketches: { ...first.sketches, reached: 'AQA=' } })).not.toBe(base)
    expect(planFingerprint(cells, ['tourists', 'students'])).not.toBe(base)
  })
})
