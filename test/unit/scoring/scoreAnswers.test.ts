import { describe, expect, it } from 'vitest'

import type { AnswerKey } from '../../../src/evaluation/scoring/answerKey'

import { feedbackFor } from '../../../src/evaluation/scoring/feedbackFor'
import { scoreAnswers } from '../../../src/evaluation/scoring/scoreAnswers'

const answerKey: AnswerKey = {
  assessment: '1',
  items: [
    {
      choices: ['a', 'b', 'c'],
      correct: ['a'],
      explanations: { en: 'A is right.', fr: 'A.' },
      key: 'one',
    },
    { choices: ['a', 'b', 'c'], correct: ['b', 'c'], explanations: { en: 'B and C.' }, key: 'two' },
    { choices: ['a', 'b'], correct: ['b'], explanations: {}, key: 'three' },
    { choices: ['a', 'b'], correct: ['a'], explanations: { en: 'A.' }, key: 'four' },
  ],
  revision: 2,
}

describe('scoreAnswers', () => {
  it('needs exactly the correct choices, and counts an unanswered item as wrong', () => {
    expect(scoreAnswers(answerKey, { one: 'a', three: ['b'], two: ['c', 'b'] })).toEqual({
      correct: { four: 0, one: 1, three: 1, two: 1 },
      score: 3 / 4,
    })
    expect(scoreAnswers(answerKey, { four: 'a', one: ['a', 'b'], two: 'b' })).toEqual({
      correct: { four: 1, one: 0, three: 0, two: 0 },
      score: 1 / 4,
    })
  })

  it('refuses items and choices the revision does not have, naming what it has', () => {
    expect(scoreAnswers(answerKey, { five: 'a', one: 'z' })).toEqual({
      errors: [
        '"assessment.answers.five": revision 2 of the assessment has no item "five"; its items are one, two, three, four.',
        '"assessment.answers.one": "z" is not a choice of this item; its choices are a, b, c.',
      ],
    })
  })
})

describe('feedbackFor', () => {
  it('explains every answered item in the respondent’s language, falling back to English, else null', () => {
    const answers = { four: 'b', one: 'a', three: 'b', two: 'b' }
    const feedback = feedbackFor(answerKey, answers, { four: 0, one: 1, three: 1, two: 0 }, 'fr')
    expect(feedback).toEqual([
      { correct: true, correctChoices: ['a'], explanation: 'A.', item: 'one' },
      { correct: false, correctChoices: ['b', 'c'], explanation: 'B and C.', item: 'two' },
      { correct: true, correctChoices: ['b'], explanation: null, item: 'three' },
      { correct: false, correctChoices: ['a'], explanation: 'A.', item: 'four' },
    ])
  })

  it('reveals nothing of the items a submission did not answer', () => {
    const correct = scoreAnswers(answerKey, { two: 'a' })
    if ('errors' in correct) throw new Error('the answers are valid')
    expect(feedbackFor(answerKey, { two: 'a' }, correct.correct, 'en')).toEqual([
      { correct: false, correctChoices: ['b', 'c'], explanation: 'B and C.', item: 'two' },
    ])
  })
})
