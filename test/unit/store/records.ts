import { createHash } from 'node:crypto'

import type {
  ScoredSubmission,
  StoredEvent,
  SubmissionRecord,
} from '../../../src/evaluation/store/records'

/** A pseudonym-shaped hex digest for a name, as the HMAC would give. */
export const pseudonym = (name: string) => createHash('sha256').update(name).digest('hex')

export const coordinates = {
  audience: '7',
  campaign: '3',
  channel: 'web',
  day: '2026-03-01',
  locale: 'en',
  partner: '11',
}

/** The counted (default) tally row of the coordinates. */
export const included = { ...coordinates, inclusion: 'included' as const }
export const held = { ...coordinates, inclusion: 'held' as const }

/** Choice "a" is the right one of every item. */
const choicesFor = (correct: Record<string, 0 | 1>) =>
  Object.fromEntries(Object.entries(correct).map(([item, right]) => [item, [right ? 'a' : 'b']]))

let counter = 0

export const event = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  ...coordinates,
  consent: true,
  id: `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
  occurredAt: '2026-03-01T10:00:00.000Z',
  receivedAt: '2026-03-01T10:00:05.000Z',
  respondent: pseudonym('someone'),
  sender: 'partner:11',
  submission: null,
  type: 'impression',
  ...overrides,
})

/** A scored submission with `correct`, as ingestion makes it. */
export const scored = (
  phase: ScoredSubmission['phase'],
  correct: ScoredSubmission['correct'],
  overrides: Partial<ScoredSubmission> = {},
): ScoredSubmission => {
  const values = Object.values(correct)
  return {
    answers: Object.fromEntries(
      Object.entries(correct).map(([item, right]) => [item, right ? 'a' : 'b']),
    ),
    assessment: '1',
    choices: choicesFor(correct),
    correct,
    phase,
    reasons: [],
    revision: 1,
    score: values.filter((value) => value === 1).length / values.length,
    sessionStart: null,
    timed: true,
    ...overrides,
  }
}

/** An assessment event of a respondent, taken at `occurredAt`. */
export const assessment = (
  respondent: string,
  phase: ScoredSubmission['phase'],
  correct: ScoredSubmission['correct'],
  occurredAt: string,
  overrides: Partial<StoredEvent> = {},
): StoredEvent =>
  event({
    occurredAt,
    respondent: pseudonym(respondent),
    submission: scored(phase, correct),
    type: 'assessment',
    ...overrides,
  })

export const submissionRecord = (
  respondent: string,
  phase: SubmissionRecord['phase'],
  correct: SubmissionRecord['correct'],
  overrides: Partial<SubmissionRecord> = {},
): SubmissionRecord => {
  const values = Object.values(correct)
  return {
    ...coordinates,
    assessment: '1',
    choices: choicesFor(correct),
    correct,
    event: `partner:11/${respondent}-${phase}`,
    occurredAt: '2026-03-01T10:00:00.000Z',
    phase,
    reasons: [],
    receivedAt: '2026-03-01T10:00:05.000Z',
    respondent: pseudonym(respondent),
    reviewedAt: null,
    reviewedBy: null,
    revision: 1,
    score: values.filter((value) => value === 1).length / values.length,
    sender: 'partner:11',
    status: 'ok',
    timed: true,
    ...overrides,
  }
}
