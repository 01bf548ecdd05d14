import type { CellRecord } from '../cellRecord'
import type { EvaluationTables } from './sqlTables'

import { cellKeyOf } from '../cellKey'
import { readJson, readNumber, readOptionalText, readText } from './decodeValues'
import { type SqlRow } from './sqlDialect'

type CellField = EvaluationTables['cells']['fields'][number]

export const cellToRow = (cell: CellRecord): Record<CellField, unknown> => ({
  assessments: cell.assessments,
  audience: cell.audience,
  campaign: cell.campaign,
  cellKey: cellKeyOf(cell),
  channel: cell.channel,
  ctaSketch: cell.sketches.cta,
  ctas: cell.ctas,
  day: cell.day,
  engagedSketch: cell.sketches.engaged,
  engagements: cell.engagements,
  impressions: cell.impressions,
  inclusion: cell.inclusion,
  locale: cell.locale,
  pairs: JSON.stringify(cell.pairs),
  partner: cell.partner,
  quality: JSON.stringify(cell.quality),
  reachedSketch: cell.sketches.reached,
  scores: JSON.stringify(cell.scores),
  shares: cell.shares,
})

/** Reads a tally row selected with the column aliases of selectCellColumns. */
export const rowToCell = (row: SqlRow): CellRecord => ({
  assessments: readNumber(row.assessments),
  audience: readText(row.audience),
  campaign: readText(row.campaign),
  channel: readText(row.channel),
  ctas: readNumber(row.ctas),
  day: readText(row.day),
  engagements: readNumber(row.engagements),
  impressions: readNumber(row.impressions),
  inclusion: readText(row.inclusion) as CellRecord['inclusion'],
  locale: readText(row.locale),
  pairs: readJson<CellRecord['pairs']>(row.pairs),
  partner: readOptionalText(row.partner),
  quality: readJson<CellRecord['quality']>(row.quality),
  scores: readJson<CellRecord['scores']>(row.scores),
  shares: readNumber(row.shares),
  sketches: {
    cta: readOptionalText(row.ctaSketch),
    engaged: readOptionalText(row.engagedSketch),
    reached: readOptionalText(row.reachedSketch),
  },
})
