import type { CellRecord } from './cellRecord'
import type { Contribution } from './contributions'
import type { CellCoordinates, CellSite, StoredEvent } from './records'
import type { Sign } from './tallies'

import { DistinctSketch } from '../sketch'
import { cellKeyOf, siteOf } from './cellKey'
import { emptyCell } from './cellRecord'
import { eventKeyOf } from './eventKey'
import { addPair, addQuality, addScore, emptyPairTally, emptyScoreTally } from './tallies'

export type CellChanges = {
  /** Tally contributions submissions add (new ones, a replacement, a review). */
  added: Contribution[]
  /** Newly accepted events (duplicates already removed). */
  events: StoredEvent[]
  /** Keys of assessment events whose submission was held for review when it arrived. */
  heldEvents: ReadonlySet<string>
  /** Contributions taken back out (a retake that replaced a later one, a review). */
  removed: Contribution[]
  /** Where each submission set aside as a retake was taken. */
  retakes: CellCoordinates[]
}

type SketchName = keyof CellRecord['sketches']

/**
 * Which respondent sketches an event adds its (consented) respondent to. Reach is exposure: the
 * events that show the campaign, or a paper check taken in a session (its attendance). A check
 * sent through the API is not exposure (a pre check comes before it), and keeping checks out of
 * reach means a review, or a burst of fabricated checks, never changes a reach figure.
 */
const sketchesOf = (event: StoredEvent): SketchName[] => {
  switch (event.type) {
    case 'assessment':
      return event.submission && !event.submission.timed ? ['reached'] : []
    case 'cta':
      return ['reached', 'cta']
    case 'engagement':
      return ['reached', 'engaged']
    case 'impression':
    case 'share':
      return ['reached']
  }
}

const countFor: Record<StoredEvent['type'], keyof CellRecord | null> = {
  assessment: 'assessments',
  cta: 'ctas',
  engagement: 'engagements',
  impression: 'impressions',
  share: 'shares',
}

/** Where an event's counts go: held with its submission, else counted. */
const siteOfEvent = (event: StoredEvent, held: ReadonlySet<string>): CellSite =>
  siteOf(event, held.has(eventKeyOf(event)) ? 'held' : 'included')

/** Every cell a batch touches, keyed like the tally rows. */
export const cellKeysTouched = ({ added, events, heldEvents, removed, retakes }: CellChanges) => {
  const keys = new Set<string>()
  for (const event of events) {
    keys.add(cellKeyOf(siteOfEvent(event, heldEvents)))
    if (sketchesOf(event).length > 0) keys.add(cellKeyOf(siteOf(event, 'included')))
  }
  for (const contribution of [...added, ...removed]) keys.add(cellKeyOf(contribution.site))
  for (const retake of retakes) keys.add(cellKeyOf(siteOf(retake, 'included')))
  return [...keys].sort()
}

const apply = (cell: CellRecord, contribution: Contribution, sign: Sign) => {
  switch (contribution.kind) {
    case 'score':
      addScore(
        (cell.scores[contribution.phase] ??= emptyScoreTally()),
        contribution.half.score,
        contribution.half.correct,
        contribution.half.choices,
        sign,
      )
      return
    case 'pair':
      addPair(
        (cell.pairs[contribution.pair] ??= emptyPairTally()),
        contribution.before,
        contribution.after,
        sign,
      )
      return
    case 'quality':
      addQuality(cell.quality, contribution.status, contribution.reasons, sign)
  }
}

/**
 * The touched cells after the batch: existing tallies plus this batch's events, and the
 * submissions' contributions added and taken out. Without consent only an impression counts (as
 * an impression, with no respondent). `existing` is left as it was. Pure: both stores use it,
 * SQL to write rows back, MongoDB to build $inc updates from empty cells.
 */
export const updateCells = (existing: Map<string, CellRecord>, changes: CellChanges) => {
  const cells = new Map<string, CellRecord>()
  const cellFor = (site: CellSite): CellRecord => {
    const key = cellKeyOf(site)
    let cell = cells.get(key)
    if (!cell) {
      const stored = existing.get(key)
      cell = stored ? structuredClone(stored) : emptyCell(siteOf(site, site.inclusion))
      cells.set(key, cell)
    }
    return cell
  }

  const respondents = new Map<string, Map<SketchName, string[]>>()
  const addRespondent = (site: CellSite, sketches: SketchName[], respondent: string) => {
    const key = cellKeyOf(site)
    const bySketch = respondents.get(key) ?? new Map<SketchName, string[]>()
    for (const sketch of sketches) {
      const pseudonyms = bySketch.get(sketch)
      if (pseudonyms) pseudonyms.push(respondent)
      else bySketch.set(sketch, [respondent])
    }
    respondents.set(key, bySketch)
  }
  for (const event of changes.events) {
    const site = siteOfEvent(event, changes.heldEvents)
    const cell = cellFor(site)
    if (!event.consent) {
      if (event.type === 'impression') cell.impressions += 1
      continue
    }
    const counter = countFor[event.type]
    if (counter) (cell[counter] as number) += 1
    const sketches = sketchesOf(event)
    if (event.respondent !== null && sketches.length > 0) {
      const reachSite = siteOf(event, 'included')
      cellFor(reachSite)
      addRespondent(reachSite, sketches, event.respondent)
    }
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

  for (const contribution of changes.removed) apply(cellFor(contribution.site), contribution, -1)
  for (const contribution of changes.added) apply(cellFor(contribution.site), contribution, 1)
  for (const retake of changes.retakes) cellFor(siteOf(retake, 'included')).quality.retakes += 1

  return cells
}
