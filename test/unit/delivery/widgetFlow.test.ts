import { describe, expect, it } from 'vitest'

import type { SubmissionFeedback } from '../../../src/evaluation/events/wireEvent'

import { beforeAfterText, preScore } from '../../../src/delivery/widget/runtime/beforeAfter'
import { followUpDue } from '../../../src/delivery/widget/runtime/followUp'
import {
  NARROW_CONTAINER_PX,
  questionModeFor,
} from '../../../src/delivery/widget/runtime/questionMode'
import { widgetStrings } from '../../../src/delivery/widget/runtime/strings'

const DAY = 86_400_000

describe('the question layout', () => {
  it('is one per screen in a narrow widget and all at once in a wide one, unless the partner chose', () => {
    expect(questionModeFor(null, 360)).toBe('one-per-screen')
    expect(questionModeFor(null, NARROW_CONTAINER_PX - 1)).toBe('one-per-screen')
    expect(questionModeFor(null, NARROW_CONTAINER_PX)).toBe('all-at-once')
    expect(questionModeFor(null, 1280)).toBe('all-at-once')
    expect(questionModeFor('all-at-once', 360)).toBe('all-at-once')
    expect(questionModeFor('one-per-screen', 1280)).toBe('one-per-screen')
  })
})

describe('the follow-up due date', () => {
  const postAt = Date.UTC(2026, 0, 1, 12)
  const answered = { consent: true, phases: ['pre', 'post'], postAt }

  it('falls due the given number of days after the post check, not a millisecond sooner', () => {
    expect(followUpDue(answered, 30, postAt + 30 * DAY - 1)).toBe(false)
    expect(followUpDue(answered, 30, postAt + 30 * DAY)).toBe(true)
    expect(followUpDue(answered, 30, postAt + 400 * DAY)).toBe(true)
  })

  it('never falls due without a follow-up, a post check, consent, or once answered or declined', () => {
    const later = postAt + 60 * DAY
    expect(followUpDue(answered, null, later)).toBe(false)
    expect(followUpDue({ consent: true, phases: ['pre'] }, 30, later)).toBe(false)
    expect(followUpDue({ ...answered, postAt: undefined }, 30, later)).toBe(false)
    expect(followUpDue({ ...answered, consent: false }, 30, later)).toBe(false)
    expect(followUpDue({ ...answered, phases: ['pre', 'post', 'followup'] }, 30, later)).toBe(false)
    expect(followUpDue({ ...answered, followupDeclined: true }, 30, later)).toBe(false)
  })
})

describe('the before → after line', () => {
  const feedback: SubmissionFeedback = {
    id: 'e1',
    index: 0,
    items: [
      { correct: true, correctChoices: ['a'], explanation: null, item: 'q1' },
      { correct: true, correctChoices: ['b', 'c'], explanation: null, item: 'q2' },
      { correct: false, correctChoices: ['a'], explanation: null, item: 'q3' },
      { correct: true, correctChoices: ['d'], explanation: null, item: 'q4' },
    ],
    score: 0.75,
  }

  it('scores the pre answers as the server does: every right choice and nothing else', () => {
    expect(preScore({ q1: 'a', q2: ['c', 'b'], q3: 'b', q4: 'a' }, feedback)).toBe(2)
    expect(preScore({ q1: 'b', q2: ['b'], q3: 'a', q4: 'd' }, feedback)).toBe(2)
    expect(preScore({ q2: ['b', 'c', 'd'] }, feedback)).toBe(0)
  })

  it('says the pre and post scores in the respondent’s language', () => {
    const pre = { q1: 'a', q2: ['b'], q3: 'b', q4: 'a' }
    expect(beforeAfterText(widgetStrings.en, pre, feedback)).toBe(
      'You answered 1 of 4 questions correctly before reading and 3 of 4 after.',
    )
    expect(beforeAfterText(widgetStrings.ar, pre, feedback)).toBe(
      'أجبت إجابة صحيحة عن 1 من 4 أسئلة قبل القراءة، وعن 3 من 4 بعدها.',
    )
  })
})
