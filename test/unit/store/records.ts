import { createHash } from 'node:crypto'

import type { StoredEvent, SubmissionRecord } from '../../../src/evaluation/store/records'

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

export const submissionRecord = (
  respondent: string,
  phase: SubmissionRecord['phase'],
  correct: SubmissionRecord['correct'],
  overrides: Partial<SubmissionRecord> = {},
): SubmissionRecord => {
  const values = Object.values(correct)
  return {
    ...coordinates,
    correct,
    phase,
    respondent: pseudonym(respondent),
    score: values.filter((value) => value === 1).length / values.length,
    ...overrides,
  }
}
