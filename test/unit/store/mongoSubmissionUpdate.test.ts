import { describe, expect, it } from 'vitest'

import { submissionUpdate } from '../../../src/evaluation/store/mongo/writeSubmissions.js'

describe('submissionUpdate (what replacing a stored submission changes)', () => {
  const receivedAt = new Date('2026-11-30T10:00:00.000Z')
  const stored = {
    _id: 'stored-id',
    campaign: 'c',
    correct: { q1: 1, q2: 0 },
    phase: 'pre',
    reasons: ['burst'],
    receivedAt,
    respondent: 'r',
    reviewedAt: null,
    status: 'flagged',
  }

  it('is null when the replacement is what is stored (a replay writes nothing)', () => {
    const { _id, ...same } = stored
    expect(
      submissionUpdate(stored, {
        ...same,
        correct: { q1: 1, q2: 0 },
        receivedAt: new Date(receivedAt),
      }),
    ).toBeNull()
  })

  it('sets the fields that differ, nested values compared whole, and never _id', () => {
    const update = submissionUpdate(stored, {
      ...stored,
      _id: 'another',
      correct: { q1: 1, q2: 1 },
      reviewedAt: '2026-12-01T10:00:00.000Z',
      status: 'approved',
    })
    expect(update).toEqual({
      $set: {
        correct: { q1: 1, q2: 1 },
        reviewedAt: '2026-12-01T10:00:00.000Z',
        status: 'approved',
      },
    })
  })

  it('unsets stored fields the replacement lacks, as replaceOne would drop them', () => {
    const { reasons: _reasons, ...withoutReasons } = stored
    expect(submissionUpdate(stored, withoutReasons)).toEqual({ $unset: { reasons: '' } })
  })
})
