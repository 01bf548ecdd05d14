import type { CellRecord } from '../cellRecord'

import { cellKeyOf, coordinatesOf } from '../cellKey'
import { emptyQualityTally } from '../tallies'

/** A tally row as the MongoDB store keeps it: the collection's fields, and the part that wrote it. */
export type CellDocument = ReturnType<typeof cellToDocument>

/**
 * The whole row, written in one replace: tallies are computed by the same pure updateCells as in
 * SQL and never incremented in place, so a cell shows the same figures on every database (and a
 * contribution taken back out, by a retake or a review, is exact). `lastPart` names the append
 * part that wrote it last (see appendPart.ts).
 */
export const cellToDocument = (cell: CellRecord, lastPart: string) => ({
  ...coordinatesOf(cell),
  assessments: cell.assessments,
  cellKey: cellKeyOf(cell),
  ctaSketch: cell.sketches.cta,
  ctas: cell.ctas,
  engagedSketch: cell.sketches.engaged,
  engagements: cell.engagements,
  impressions: cell.impressions,
  inclusion: cell.inclusion,
  lastPart,
  pairs: cell.pairs,
  quality: cell.quality,
  reachedSketch: cell.sketches.reached,
  scores: cell.scores,
  shares: cell.shares,
})

const count = (value: unknown): number => (typeof value === 'number' ? value : 0)
const text = (value: unknown): null | string => (typeof value === 'string' ? value : null)

/** A stored tally row read back as a CellRecord. */
export const cellFromDocument = (document: Record<string, unknown>): CellRecord => ({
  assessments: count(document.assessments),
  audience: String(document.audience),
  campaign: String(document.campaign),
  channel: String(document.channel),
  ctas: count(document.ctas),
  day: String(document.day),
  engagements: count(document.engagements),
  impressions: count(document.impressions),
  inclusion: document.inclusion === 'held' ? 'held' : 'included',
  locale: String(document.locale),
  pairs: (document.pairs ?? {}) as CellRecord['pairs'],
  partner: text(document.partner),
  quality: (document.quality ?? emptyQualityTally()) as CellRecord['quality'],
  scores: (document.scores ?? {}) as CellRecord['scores'],
  shares: count(document.shares),
  sketches: {
    cta: text(document.ctaSketch),
    engaged: text(document.engagedSketch),
    reached: text(document.reachedSketch),
  },
})
