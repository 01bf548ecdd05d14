import type { CellRecord } from '../store/cellRecord'
import type { CampaignDisclosure, PlanRequest } from './disclosure/disclosurePlan'
import type { SeriesInterval, SeriesPoint } from './figureTypes'
import type { Block } from './planSuppression'

import { blockWeight } from './disclosure/blockWeight'
import { snapToWeeks, weekOf } from './disclosure/weeks'
import { emptyTallies, mergeByAudience } from './mergedTallies'

export const seriesIntervals = ['day', 'week'] as const satisfies readonly SeriesInterval[]

/** At most this many intervals (a year and a month of days, as long as raw events are kept). */
export const MAX_SERIES_POINTS = 400

const DAY_MS = 86_400_000

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Every interval start from the first to the last day, none skipped (an empty one is 0). */
const startsBetween = (first: string, last: string, interval: SeriesInterval): string[] => {
  const step = interval === 'week' ? 7 * DAY_MS : DAY_MS
  const begin = Date.parse(`${interval === 'week' ? weekOf(first) : first}T00:00:00Z`)
  const end = Date.parse(`${last}T00:00:00Z`)
  const starts: string[] = []
  for (let time = begin; time <= end && starts.length < MAX_SERIES_POINTS; time += step) {
    starts.push(dayOf(time))
  }
  return starts
}

/** The blocks a point's figures rest on: reach, and the checks completed of each phase. */
const pointBlocks = ['respondents', 'pre', 'post', 'followup'] as const satisfies readonly Block[]

export type SeriesRequest = Omit<PlanRequest, 'view'> & {
  /** The audience (id) whose row the series follows; the total otherwise. */
  audience?: string
  /** The request's categorical breakdown, if any: a series under it crosses two dimensions. */
  breakdown: boolean
  from?: string
  interval: SeriesInterval
  to?: string
}

/**
 * Reach per day or ISO week, from the cells the report selects (its filters applied), each
 * interval shown only where the report of that interval alone would show it: a week is the
 * report with `from` and `to` on that week, through the same disclosure plan as every report
 * (whole weeks, period atoms, slices, the deployment's k and the reader's), so the series
 * publishes nothing the reports do not. A day is shown when it is all its week holds (the
 * week's figures, then); any finer cut is not a set the plan publishes. Under a channel,
 * language or partner the series would cross two breakdowns, which no report offers: its
 * intervals are hidden. An interval where nothing was recorded is a zero, not a secret.
 */
export const buildSeries = (
  cells: CellRecord[],
  disclosure: CampaignDisclosure,
  request: SeriesRequest,
): SeriesPoint[] => {
  const { audience, breakdown, from, interval, to } = request
  const includeHeld = request.mode === 'all'
  const days = cells.map((cell) => cell.day).sort()
  const first = from ?? days[0]
  const last = to ?? days[days.length - 1]
  if (first === undefined || last === undefined) return []
  const byDay = new Map<string, CellRecord[]>()
  const byWeek = new Map<string, CellRecord[]>()
  for (const cell of cells) {
    const week = weekOf(cell.day)
    byDay.set(cell.day, [...(byDay.get(cell.day) ?? []), cell])
    byWeek.set(week, [...(byWeek.get(week) ?? []), cell])
  }
  const weekShown = new Map<string, boolean>()
  const shownWeek = (week: string): boolean => {
    let shown = weekShown.get(week)
    if (shown === undefined) {
      const plan = disclosure.plan({
        ...request,
        view: { dimension: 'period', ...snapToWeeks({ from: week, to: week }) },
      })
      const hidden = audience === undefined ? plan.total : plan.audiences.get(audience)
      const own = byWeek.get(week) ?? []
      const counted = includeHeld ? own : own.filter((cell) => cell.inclusion === 'included')
      // A phase nobody took that week is a zero: it hides nothing in the checks completed.
      shown =
        hidden !== undefined &&
        pointBlocks.every((block) => !hidden.has(block) || blockWeight(block, counted) === 0)
      weekShown.set(week, shown)
    }
    return shown
  }
  const shownPoint = (start: string): boolean => {
    if (breakdown) return false
    const week = weekOf(start)
    if (interval === 'week') return shownWeek(week)
    // A day is its week's figures only when no other day of the week holds anyone.
    const others = (byWeek.get(week) ?? []).filter((cell) => cell.day !== start)
    return others.length === 0 && shownWeek(week)
  }
  return startsBetween(first, last, interval).map((start) => {
    const own = (interval === 'week' ? byWeek : byDay).get(start) ?? []
    // A tally cell exists only where something was recorded.
    if (own.length > 0 && !shownPoint(start)) return { start, suppressed: true }
    const merged = own.length > 0 ? mergeByAudience(own, includeHeld).total : emptyTallies()
    const { followup, post, pre } = merged.scores
    return {
      assessmentsCompleted: pre.n + post.n + followup.n,
      engaged: merged.sketches.engaged.estimate().value,
      impressions: merged.counts.impressions,
      reached: merged.sketches.reached.estimate().value,
      start,
      suppressed: false,
    }
  })
}
