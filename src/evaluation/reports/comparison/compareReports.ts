import type {
  AudienceReport,
  CampaignReport,
  ComparedFigure,
  ComparedMeasure,
  ComparisonRow,
  ReportComparison,
  Suppressed,
} from '../figureTypes'

import { comparedMeasures } from '../figureTypes'

const SUPPRESSED: Suppressed = { suppressed: true }

const isSuppressed = (figure: ComparedFigure): figure is Suppressed =>
  typeof figure === 'object' && figure !== null

/** One measure of a row as the row shows it: suppressed when the row (or its block) is. */
const figureOf = (row: AudienceReport | undefined, measure: ComparedMeasure): ComparedFigure => {
  if (row === undefined || row.suppressed) return SUPPRESSED
  const { knowledge, reach } = row
  switch (measure) {
    case 'assessmentsCompleted':
      // null only when a phase of the row is suppressed: the sum would give it away.
      return reach.assessmentsCompleted ?? SUPPRESSED
    case 'pairedChange':
      return 'suppressed' in knowledge.paired ? SUPPRESSED : knowledge.paired.meanDiff
    case 'postMean':
      return 'suppressed' in knowledge.post ? SUPPRESSED : knowledge.post.mean
    case 'preMean':
      return 'suppressed' in knowledge.pre ? SUPPRESSED : knowledge.pre.mean
    default:
      return reach[measure]
  }
}

/**
 * The change between two shown figures. Where either is suppressed so is the change: beside the
 * shown one it would give the hidden one away (shown − change).
 */
const changeOf = (period: ComparedFigure, comparison: ComparedFigure): ComparedFigure => {
  if (isSuppressed(period) || isSuppressed(comparison)) return SUPPRESSED
  if (period === null || comparison === null) return null
  return period - comparison
}

const compareRows = (
  audience: null | string,
  period: AudienceReport | undefined,
  comparison: AudienceReport | undefined,
): ComparisonRow => {
  const measures = Object.fromEntries(
    comparedMeasures.map((measure) => {
      const before = figureOf(comparison, measure)
      const now = figureOf(period, measure)
      return [measure, { change: changeOf(now, before), comparison: before, period: now }]
    }),
  ) as ComparisonRow['measures']
  return { audience, measures }
}

/**
 * The comparison of a report with the same report over a second period: both reports come out of
 * the disclosure plan (readCampaignReport), so each figure here is one that plan lets be shown;
 * this adds only their differences, and none beside a suppressed figure.
 */
export const compareReports = (
  period: CampaignReport,
  comparison: CampaignReport,
  { from, to }: { from: string; to: string },
): ReportComparison => {
  const other = new Map(comparison.audiences.map((row) => [row.audience, row]))
  return {
    audiences: comparison.audiences,
    from,
    rows: [
      ...period.audiences.map((row) => compareRows(row.audience, row, other.get(row.audience))),
      compareRows(null, period.total, comparison.total),
    ],
    to,
    total: comparison.total,
  }
}
