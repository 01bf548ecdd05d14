import type { CellRecord } from './cellRecord'
import type { StoredEvent, SubmissionRecord } from './records'
import type { SubmissionPair } from './pairSubmissions'

import { DistinctSketch } from '../sketch'
import { cellKeyOf, coordinatesOf } from './cellKey'
import { emptyCell } from './cellRecord'
import { addPair, addScore, emptyPairTally, emptyScoreTally } from './tallies'

export type CellChanges = {
  /** Newly accepted events (duplicates already removed). */
  events: StoredEvent[]
  pairs: SubmissionPair[]
  /** Submissions that counted: the first of their respondent and phase. */
  submissions: SubmissionRecord[]
}

type SketchName = keyof CellRecord['sketches']

/** Which respondent sketches an event adds its (consented) respondent to. */
const sketchesFor: Record<StoredEvent['type'], SketchName[]> = {
  assessment: ['reached'],
  cta: ['reached', 'cta'],
  engagement: ['reached', 'engaged'],
  impression: ['reached'],
  share: ['reached'],
}

const countFor: Record<StoredEvent['type'], keyof CellRecord | null> = {
  assessment: 'assessments',
  cta: 'ctas',
  engagement: 'engagements',
  impression: 'impressions',
  share: 'shares',
}

/** Every cell a batch touches, keyed like the tally rows. */
export const cellKeysTouched = ({ events, pairs, submissions }: CellChanges): string[] => {
  const keys = new Set<string>()
  for (const event of events) keys.add(cellKeyOf(event))
  for (const submission of submissions) keys.add(cellKeyOf(submission))
  for (const pair of pairs) keys.add(cellKeyOf(pair.after))
  return [...keys].sort()
}

/**
 * The touched cells after the batch: existing tallies plus this batch's events, scores and
 * pairs. Without consent only an impression counts (as an impression, with no respondent);
 * a pair is tallied in the cell of its later submission. `existing` is left as it was.
 */
export const updateCells = (existing: Map<string, CellRecord>, changes: CellChanges) => {
  const cells = new Map<string, CellRecord>()
  const cellFor = (coordinates: Parameters<typeof cellKeyOf>[0]): CellRecord => {
    const key = cellKeyOf(coordinates)
    let cell = cells.get(key)
    if (!cell) {
      const stored = existing.get(key)
      cell = stored ? structuredClone(stored) : emptyCell(coordinatesOf(coordinates))
      cells.set(key, cell)
    }
    return cell
  }

  const respondents = new Map<string, Map<SketchName, string[]>>()
  for (const event of changes.events) {
    const cell = cellFor(event)
    if (!event.consent) {
      if (event.type === 'impression') cell.impressions += 1
      continue
    }
    const counter = countFor[event.type]
    if (counter) (cell[counter] as number) += 1
    if (event.respondent === null) continue
    const bySketch = respondents.get(cellKeyOf(event)) ?? new Map<SketchName, string[]>()
    for (const sketch of sketchesFor[event.type]) {
      const pseudonyms = bySketch.get(sketch)
      if (pseudonyms) pseudonyms.push(event.respondent)
      else bySketch.set(sketch, [event.respondent])
    }
    respondents.set(cellKeyOf(event), bySketch)
  }

  for (const [key, bySketch] of respondents) {
    const cell = cells.get(key)!
    for (const [name, pseudonyms] of bySketch) {
      const stored = cell.sketches[name]
      const sketch = stored ? DistinctSketch.fromBase64(stored) : new DistinctSketch()
      for (const pseudonym of pseudonyms) sketch.add(pseudonym)
      cell.sketches[name] = sketch.toBase64()
    }
  }

  for (const submission of changes.submissions) {
    const cell = cellFor(submission)
    addScore(
      (cell.scores[submission.phase] ??= emptyScoreTally()),
      submission.score,
      submission.correct,
    )
  }

  for (const pair of changes.pairs) {
    const cell = cellFor(pair.after)
    addPair((cell.pairs[pair.kind] ??= emptyPairTally()), pair.before, pair.after)
  }

  return cells
}
