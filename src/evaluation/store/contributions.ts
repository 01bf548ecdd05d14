import type { AssessmentPhase } from '../events/wireEvent'
import type { QualityReason, QualityStatus } from '../quality/qualityStatus'
import type { PairKind } from './cellRecord'
import type { CellSite, ItemChoices, ItemCorrectness, SubmissionRecord } from './records'

import { inclusionOf } from '../quality/qualityStatus'
import { pairKinds, pairPhases } from './cellRecord'
import { siteOf } from './cellKey'

type Half = { choices: ItemChoices; correct: ItemCorrectness; score: number }

/** What one respondent's counted submissions add to the tallies. */
export type Contribution =
  | { half: Half; kind: 'score'; phase: AssessmentPhase; site: CellSite }
  | { after: Half; before: Half; kind: 'pair'; pair: PairKind; site: CellSite }
  | { kind: 'quality'; reasons: QualityReason[]; site: CellSite; status: QualityStatus }

const half = (row: SubmissionRecord): Half => ({
  choices: row.choices,
  correct: row.correct,
  score: row.score,
})

/**
 * Everything a respondent's submissions (of one campaign) put in the tallies: each phase's score
 * in the cell of that submission, each complete pair in the cell of its later half, and each
 * review status and flag. A submission that is held (flagged, excluded) is tallied in the held
 * rows of its cell; a pair is counted by default only when both halves are.
 */
export const contributionsOf = (rows: Iterable<SubmissionRecord>): Contribution[] => {
  const byPhase = new Map<AssessmentPhase, SubmissionRecord>()
  for (const row of rows) byPhase.set(row.phase, row)
  const contributions: Contribution[] = []
  for (const row of byPhase.values()) {
    const site = siteOf(row, inclusionOf(row.status))
    contributions.push(
      { half: half(row), kind: 'score', phase: row.phase, site },
      { kind: 'quality', reasons: [...row.reasons].sort(), site, status: row.status },
    )
  }
  for (const pair of pairKinds) {
    const before = byPhase.get(pairPhases[pair].before)
    const after = byPhase.get(pairPhases[pair].after)
    if (!before || !after) continue
    const both =
      inclusionOf(before.status) === 'included' && inclusionOf(after.status) === 'included'
    contributions.push({
      after: half(after),
      before: half(before),
      kind: 'pair',
      pair,
      site: siteOf(after, both ? 'included' : 'held'),
    })
  }
  return contributions
}

/** JSON with sorted keys: the same contribution reads the same however its rows were loaded. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export type ContributionChanges = { added: Contribution[]; removed: Contribution[] }

/**
 * How the tallies change when a respondent's rows go from `before` to `after`: what only the
 * after-state has is added, what only the before-state had is taken out, and what both share is
 * left alone (so an unchanged score is never subtracted and added back, and stays exact).
 */
export const contributionChanges = (
  before: Iterable<SubmissionRecord>,
  after: Iterable<SubmissionRecord>,
): ContributionChanges => {
  const previous = contributionsOf(before)
  // A respondent seen for the first time (most of a batch): everything is new, nothing to match.
  if (previous.length === 0) return { added: contributionsOf(after), removed: [] }
  const remaining = new Map<string, Contribution[]>()
  for (const contribution of previous) {
    const key = canonical(contribution)
    remaining.set(key, [...(remaining.get(key) ?? []), contribution])
  }
  const added: Contribution[] = []
  for (const contribution of contributionsOf(after)) {
    const same = remaining.get(canonical(contribution))
    if (same && same.length > 0) same.pop()
    else added.push(contribution)
  }
  return { added, removed: [...remaining.values()].flat() }
}
