import type { Answers } from '../../../../evaluation/events/wireEvent'
import type { Strings } from '../words'
import type { KnowledgeCheck, SubmissionFeedback } from '../types'

import { beforeAfterText } from '../beforeAfter'
import { h, stepHeading } from '../dom'
import { fill } from '../words'

const labels = (check: KnowledgeCheck, itemKey: string, choiceKeys: string[]): string => {
  const item = check.items.find((candidate) => candidate.key === itemKey)
  return choiceKeys
    .map((key) => item?.choices.find((choice) => choice.key === key)?.label ?? key)
    .join(', ')
}

/**
 * After the post (or follow-up) check: what was right, the right answer where not, and why; with
 * the pre check's answers still on this device, first the respondent's own before → after.
 */
export const feedbackView = (
  check: KnowledgeCheck,
  answers: Answers,
  feedback: SubmissionFeedback,
  strings: Strings,
  { lang, pre }: { lang?: string; pre?: Answers } = {},
) => {
  const correctCount = feedback.items.filter((item) => item.correct).length
  return h(
    'section',
    { class: 'aw-feedback' },
    stepHeading(strings.results, lang),
    pre
      ? h('p', { class: 'aw-change', lang }, beforeAfterText(strings, pre, feedback))
      : h('p', { lang }, fill(strings.score, { c: correctCount, n: feedback.items.length })),
    h(
      'ul',
      {},
      ...feedback.items.map((result) => {
        const item = check.items.find((candidate) => candidate.key === result.item)
        const given = answers[result.item]
        const givenKeys = Array.isArray(given) ? given : given ? [given] : []
        return h(
          'li',
          { 'data-item': result.item, 'data-correct': String(result.correct) },
          h('h4', {}, item?.question ?? result.item),
          h(
            'p',
            {},
            h(
              'span',
              { class: result.correct ? 'aw-right' : 'aw-wrong', lang },
              result.correct ? strings.correct : strings.incorrect,
            ),
            ' — ',
            fill(strings.yourAnswer, { a: labels(check, result.item, givenKeys) }),
          ),
          result.correct
            ? null
            : h(
                'p',
                {},
                fill(strings.correctAnswer, {
                  a: labels(check, result.item, result.correctChoices),
                }),
              ),
          result.explanation ? h('p', {}, result.explanation) : null,
        )
      }),
    ),
  )
}
