import type { Answers } from '../../../evaluation/events/wireEvent'
import type { Strings } from './words'
import type { SubmissionFeedback } from './types'

import { fill } from './words'

const chosen = (answer: Answers[string] | undefined): string[] =>
  Array.isArray(answer) ? answer : answer ? [answer] : []

/**
 * How many pre-check answers were right, scored on this device against the right choices the
 * post check's feedback names (as the server scores: every right choice and nothing else).
 */
export const preScore = (pre: Answers, feedback: SubmissionFeedback): number =>
  feedback.items.filter(({ correctChoices, item }) => {
    const picked = chosen(pre[item])
    return (
      picked.length === correctChoices.length && correctChoices.every((key) => picked.includes(key))
    )
  }).length

/** "You answered 2 of 5 questions correctly before reading and 4 of 5 after." */
export const beforeAfterText = (
  strings: Strings,
  pre: Answers,
  feedback: SubmissionFeedback,
): string =>
  fill(strings.beforeAfter, {
    b: preScore(pre, feedback),
    c: feedback.items.filter((item) => item.correct).length,
    n: feedback.items.length,
  })
