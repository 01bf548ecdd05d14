import type { AudienceReport, CampaignReport, ComparedFigure } from './figureTypes'

import { writeCsv } from '../csv/writeCsv'

type Cell = boolean | null | number | string

const isSuppressed = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'suppressed' in value && value.suppressed === true

/** Flattens figures into (measure, value) pairs; a suppressed block is one "suppressed" value. */
const flatten = (prefix: string, value: unknown, rows: [string, Cell][]): void => {
  if (isSuppressed(value) && prefix !== '') {
    rows.push([prefix, 'suppressed'])
  } else if (Array.isArray(value)) {
    if (prefix.endsWith('.ci') || prefix.endsWith('Ci')) {
      rows.push([`${prefix}.lower`, value[0] as Cell], [`${prefix}.upper`, value[1] as Cell])
    } else if (value.every((entry) => typeof entry !== 'object')) {
      rows.push([prefix, value.join(';')])
    } else {
      for (const entry of value) {
        const { item, ...figures } = entry as { item: string }
        flatten(`${prefix}.${item}`, figures, rows)
      }
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'audience') continue
      flatten(prefix ? `${prefix}.${key}` : key, child, rows)
    }
  } else {
    rows.push([prefix, value as Cell])
  }
}

const audienceRows = (report: AudienceReport): [string, string, Cell][] => {
  const rows: [string, Cell][] = []
  flatten('', report, rows)
  return rows.map(([measure, value]) => [report.audience ?? 'total', measure, value])
}

const comparedCell = (figure: ComparedFigure): Cell =>
  typeof figure === 'object' && figure !== null ? 'suppressed' : figure

/** A comparison's lines: per row and measure, the second period's figure and the change. */
const comparisonRows = (report: CampaignReport): [string, string, Cell][] =>
  (report.comparison?.rows ?? []).flatMap((row) =>
    Object.entries(row.measures).flatMap(([measure, figures]): [string, string, Cell][] => [
      [row.audience ?? 'total', `comparison.${measure}`, comparedCell(figures.comparison)],
      [row.audience ?? 'total', `change.${measure}`, comparedCell(figures.change)],
    ]),
  )

/**
 * The report as CSV in long form (audience, measure, value), one figure per line, so every block
 * the JSON suppresses reads "suppressed" here too and nothing else can leak through a column.
 */
export const reportCsv = (report: CampaignReport): string => {
  const meta: [string, string, Cell][] = [
    ['', 'campaign.id', report.campaign.id],
    ['', 'campaign.slug', report.campaign.slug],
    ['', 'campaign.title', report.campaign.title],
    ['', 'k', report.k],
    ['', 'generatedAt', report.generatedAt],
    ...Object.entries(report.filters).map(([name, value]): [string, string, Cell] => [
      '',
      `filters.${name}`,
      value,
    ]),
    ...Object.entries(report.methods).map(([figure, method]): [string, string, Cell] => [
      '',
      `methods.${figure}`,
      method,
    ]),
  ]
  const rows = [
    ...meta,
    ...report.audiences.flatMap(audienceRows),
    ...audienceRows(report.total),
    ...comparisonRows(report),
  ]
  return writeCsv(rows, ['audience', 'measure', 'value'])
}
