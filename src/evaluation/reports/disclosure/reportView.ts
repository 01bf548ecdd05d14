import type { CellRecord } from '../../store/cellRecord'

import { weekOf } from './weeks'

/** The ways a report can narrow a campaign besides its audience rows and the quality mode. */
export const breakdownDimensions = ['channel', 'locale', 'partner', 'period'] as const
export type BreakdownDimension = (typeof breakdownDimensions)[number]

/** `default` counts ok and approved submissions; `all` the held ones too. */
export type QualityMode = 'all' | 'default'

/**
 * The breakdown one request asks for: none (the whole campaign), one value of a dimension, or a
 * period of whole ISO weeks. A request narrows by one dimension at a time (reportQuery.ts).
 */
export type ReportView =
  | { dimension: 'channel' | 'locale' | 'partner'; value: string }
  | { dimension: 'period'; from?: string; to?: string }
  | { dimension: null }

/** A cell's value in a categorical dimension; staff-sent cells have no partner. */
export const levelOf = (cell: CellRecord, dimension: 'channel' | 'locale' | 'partner'): string =>
  dimension === 'partner' ? (cell.partner ?? '') : cell[dimension]

/** Whether a stored cell counts in a view and quality mode. */
export const cellInView = (cell: CellRecord, view: ReportView, mode: QualityMode): boolean => {
  if (mode === 'default' && cell.inclusion !== 'included') return false
  if (view.dimension === null) return true
  if (view.dimension === 'period') {
    const week = weekOf(cell.day)
    return (
      (view.from === undefined || week >= view.from) && (view.to === undefined || week <= view.to)
    )
  }
  return levelOf(cell, view.dimension) === view.value
}

/** The breakdown a report's (checked, week-snapped) filters ask for; at most one is set. */
export const viewOf = (filters: {
  channel?: string
  from?: string
  locale?: string
  partner?: string
  to?: string
}): ReportView => {
  if (filters.channel !== undefined) return { dimension: 'channel', value: filters.channel }
  if (filters.locale !== undefined) return { dimension: 'locale', value: filters.locale }
  if (filters.partner !== undefined) return { dimension: 'partner', value: filters.partner }
  if (filters.from !== undefined || filters.to !== undefined) {
    return { dimension: 'period', from: filters.from, to: filters.to }
  }
  return { dimension: null }
}
