import type { AssessmentPhase } from '../events/wireEvent'
import type { QualityRules } from '../quality/qualityRules'
import type { QualityReason, ReviewDecision } from '../quality/qualityStatus'
import type { Contribution } from './contributions'
import type { CellCoordinates, StoredEvent, SubmissionRecord } from './records'

import { findBursts } from '../quality/findBursts'
import { inclusionOf } from '../quality/qualityStatus'
import { isTooFast } from '../quality/tooFast'
import { coordinatesOf } from './cellKey'
import { contributionChanges } from './contributions'
import { eventKeyOf } from './eventKey'

/** What the submission table and the tallies need after a batch or a review. */
export type SubmissionPlan = {
  added: Contribution[]
  /** Assessment events whose submission is held for review (their counts go to held rows). */
  heldEvents: Set<string>
  removed: Contribution[]
  /** Submissions set aside as retakes, where they were taken. */
  retakes: CellCoordinates[]
  /** Rows to write (insert or replace, by campaign, respondent and phase), complete. */
  rows: SubmissionRecord[]
}

type Phases = Map<AssessmentPhase, SubmissionRecord>

const respondentKey = (row: Pick<SubmissionRecord, 'campaign' | 'respondent'>) =>
  `${row.campaign}\u0000${row.respondent}`

const previousPhase: Record<AssessmentPhase, AssessmentPhase | null> = {
  followup: 'post',
  post: 'pre',
  pre: null,
}

const byRespondent = (rows: SubmissionRecord[]) => {
  const grouped = new Map<string, Phases>()
  for (const row of rows) {
    const phases = grouped.get(respondentKey(row)) ?? new Map<AssessmentPhase, SubmissionRecord>()
    phases.set(row.phase, row)
    grouped.set(respondentKey(row), phases)
  }
  return grouped
}

const sameRow = (a: SubmissionRecord | undefined, b: SubmissionRecord) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b)

/** The rows that changed and how the tallies change with them, respondent by respondent. */
const settle = (
  before: Map<string, Phases>,
  after: Map<string, Phases>,
  plan: Pick<SubmissionPlan, 'added' | 'removed' | 'rows'>,
) => {
  for (const [key, phases] of after) {
    const old = before.get(key) ?? new Map<AssessmentPhase, SubmissionRecord>()
    const changed = [...phases.values()].filter((row) => !sameRow(old.get(row.phase), row))
    if (changed.length === 0) continue
    plan.rows.push(...changed)
    const changes = contributionChanges(old.values(), phases.values())
    plan.added.push(...changes.added)
    plan.removed.push(...changes.removed)
  }
}

const candidateOf = (event: StoredEvent): null | SubmissionRecord => {
  const { respondent, submission } = event
  if (!event.consent || respondent === null || submission === null) return null
  return {
    ...coordinatesOf(event),
    assessment: submission.assessment,
    choices: submission.choices,
    correct: submission.correct,
    event: eventKeyOf(event),
    occurredAt: event.occurredAt,
    phase: submission.phase,
    reasons: [...submission.reasons],
    receivedAt: event.receivedAt,
    respondent,
    reviewedAt: null,
    reviewedBy: null,
    revision: submission.revision,
    score: submission.score,
    sender: event.sender,
    status: 'ok',
    timed: submission.timed,
  }
}

const withReasons = (row: SubmissionRecord, reasons: readonly QualityReason[]) => {
  const merged = [...new Set([...row.reasons, ...reasons])].sort()
  return merged.length === row.reasons.length ? row : { ...row, reasons: merged }
}

/**
 * Too fast: timed from the previous check when there is one, else from the session start. A
 * stored check is judged again when the check before it arrives (or is replaced) now: a post can
 * arrive in an earlier batch than its pre, and is then flagged and held as it would have been in
 * the other order (unless an evaluator has decided on it).
 */
const flagTooFast = (
  current: Map<string, Phases>,
  placed: Set<string>,
  sessionStarts: Map<string, null | string>,
  rules: QualityRules,
) => {
  for (const phases of current.values()) {
    for (const [phase, row] of phases) {
      if (!row.timed) continue
      const previous = previousPhase[phase] ? phases.get(previousPhase[phase]) : undefined
      const startMoved = previous !== undefined && placed.has(previous.event)
      if (!placed.has(row.event) && !startMoved) continue
      const start = previous?.occurredAt || sessionStarts.get(row.event)
      const items = Object.keys(row.correct).length
      if (!isTooFast(start ?? null, row.occurredAt, items, rules)) continue
      const flagged = withReasons(row, ['too-fast'])
      const undecided = !placed.has(row.event) && flagged.status === 'ok'
      phases.set(phase, undecided ? { ...flagged, status: 'flagged' } : flagged)
    }
  }
}

/**
 * What a batch of newly stored events does to the submission table and the tallies. Pure, so
 * both stores share it; `stored` holds every stored submission of the respondents concerned
 * (those of the batch, and those of `recent`), `recent` the stored submissions of the batch's
 * senders near its times.
 *
 * - **Retakes**: of a respondent's submissions of one phase, the one with the earliest
 *   `occurredAt` counts whatever the order they arrive in; the others are set aside (counted as
 *   retakes where they were taken). A later-arriving earlier submission replaces the counted
 *   one, and every tally it touched (its score, its pairs) moves with it.
 * - **Quality**: flags raised at ingestion, too fast since the session or the previous check,
 *   and bursts (with identical answers in them), stored ones included; anything flagged is held
 *   for review (`flagged`), what an evaluator decided stays decided.
 */
export const planAppend = ({
  accepted,
  recent,
  rules,
  stored,
}: {
  accepted: StoredEvent[]
  recent: SubmissionRecord[]
  rules: QualityRules
  stored: SubmissionRecord[]
}): SubmissionPlan => {
  const plan: SubmissionPlan = {
    added: [],
    heldEvents: new Set(),
    removed: [],
    retakes: [],
    rows: [],
  }
  const before = byRespondent(stored)
  const current = byRespondent(stored)
  const sessionStarts = new Map<string, null | string>()
  const candidates: SubmissionRecord[] = []
  for (const event of accepted) {
    const candidate = candidateOf(event)
    if (!candidate) continue
    candidates.push(candidate)
    sessionStarts.set(candidate.event, event.submission?.sessionStart ?? null)
  }
  // Earliest first (a stable sort keeps arrival order among equal times).
  candidates.sort((a, b) =>
    a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0,
  )

  const placed = new Set<string>()
  for (const candidate of candidates) {
    const key = respondentKey(candidate)
    const phases = current.get(key) ?? new Map<AssessmentPhase, SubmissionRecord>()
    const counted = phases.get(candidate.phase)
    if (counted && counted.occurredAt <= candidate.occurredAt) {
      plan.retakes.push(coordinatesOf(candidate))
      continue
    }
    if (counted) {
      plan.retakes.push(coordinatesOf(counted))
      placed.delete(counted.event)
    }
    phases.set(candidate.phase, candidate)
    current.set(key, phases)
    placed.add(candidate.event)
  }

  flagTooFast(current, placed, sessionStarts, rules)

  const recentKeys = new Set(recent.map((row) => row.event))
  const inWindow = [...current.values()]
    .flatMap((phases) => [...phases.values()])
    .filter((row) => row.timed && (placed.has(row.event) || recentKeys.has(row.event)))
  const bursts = findBursts(
    inWindow.map((row) => ({
      answers: JSON.stringify(Object.entries(row.choices).sort(([a], [b]) => (a < b ? -1 : 1))),
      campaign: row.campaign,
      key: row.event,
      occurredAt: row.occurredAt,
      phase: row.phase,
      sender: row.sender,
    })),
    rules,
  )
  for (const phases of current.values()) {
    for (const [phase, row] of phases) {
      const reasons = bursts.get(row.event) ?? []
      let next = reasons.length > 0 ? withReasons(row, reasons) : row
      if (placed.has(row.event) && next.reasons.length > 0) next = { ...next, status: 'flagged' }
      else if (next !== row && next.status === 'ok') next = { ...next, status: 'flagged' }
      phases.set(phase, next)
      if (placed.has(row.event) && inclusionOf(next.status) === 'held') {
        plan.heldEvents.add(next.event)
      }
    }
  }

  settle(before, current, plan)
  return plan
}

/**
 * An evaluator's decisions (approve or exclude, by the key of the submission's event) applied to the rows of the
 * respondents concerned (`stored` holds all of their rows): statuses change, and every tally the
 * rows touch moves between the counted and the held rows at once, pairs included. (Reach never
 * moves: knowledge checks are not counted in it, see updateCells.ts.)
 */
export const planReview = ({
  decisions,
  reviewedAt,
  reviewer,
  stored,
}: {
  decisions: Map<string, ReviewDecision>
  reviewedAt: string
  reviewer: string
  stored: SubmissionRecord[]
}): SubmissionPlan => {
  const plan: SubmissionPlan = {
    added: [],
    heldEvents: new Set(),
    removed: [],
    retakes: [],
    rows: [],
  }
  const before = byRespondent(stored)
  const after = byRespondent(
    stored.map((row) => {
      const decision = decisions.get(row.event)
      if (!decision || decision === row.status) return row
      return { ...row, reviewedAt, reviewedBy: reviewer, status: decision }
    }),
  )
  settle(before, after, plan)
  return plan
}
