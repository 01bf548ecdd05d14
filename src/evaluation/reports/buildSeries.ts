import type { CellRecord } from '../store/cellRecord'
import type { SeriesInterval, SeriesPoint } from './figureTypes'

import { sizesOf } from './buildCampaignReport'
import { emptyTallies, mergeByAudience } from './mergedTallies'
import { planSuppression } from './planSuppression'

export const seriesIntervals = ['day', 'week'] as const satisfies readonly SeriesInterval[]

/** At most this many intervals (a year and a month of days, as long as raw events are kept). */
export const MAX_SERIES_POINTS = 400

const DAY_MS = 86_400_000

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)

/** The Monday (ISO week start) of a UTC day, YYYY-MM-DD. */
const weekOf = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`)
  return dayOf(time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS)
}

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

/**
 * Reach per day or ISO week, from the cells a report already read (its filters applied). Each
 * interval is a row resting on the respondents it reached, protected as a report's audiences
 * are: under k it is suppressed, and when exactly one interval is hidden the smallest other one
 * is too, so the report's total minus the shown intervals cannot give it away.
 */
export const buildSeries = (
  cells: CellRecord[],
  {
    from,
    includeHeld,
    interval,
    k,
    to,
  }: { from?: string; includeHeld: boolean; interval: SeriesInterval; k: number; to?: string },
): SeriesPoint[] => {
  const days = cells.map((cell) => cell.day).sort()
  const first = from ?? days[0]
  const last = to ?? days[days.length - 1]
  if (first === undefined || last === undefined) return []
  const keyOf = interval === 'week' ? weekOf : (day: string) => day
  const byStart = new Map<string, CellRecord[]>()
  for (const cell of cells) {
    const start = keyOf(cell.day)
    byStart.set(start, [...(byStart.get(start) ?? []), cell])
  }
  const starts = startsBetween(first, last, interval)
  const tallies = new Map(
    starts.map((start) => {
      const own = byStart.get(start)
      return [start, own ? mergeByAudience(own, includeHeld).total : emptyTallies()]
    }),
  )
  const plan = planSuppression(
    new Map([...tallies].map(([start, merged]) => [start, sizesOf(merged)])),
    sizesOf(mergeByAudience(cells, includeHeld).total),
    k,
  )
  return starts.map((start) => {
    const merged = tallies.get(start)!
    const { followup, post, pre } = merged.scores
    // An interval nobody and nothing reached is a zero, not a secret.
    const empty = !byStart.has(start)
    if (!empty && plan.audiences.get(start)?.has('respondents')) return { start, suppressed: true }
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
