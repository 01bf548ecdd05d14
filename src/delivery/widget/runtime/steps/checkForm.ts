import type { Answers, AssessmentPhase } from '../../../../evaluation/events/wireEvent'
import type { QuestionMode } from '../questionMode'
import type { Strings } from '../words'
import type { Item, KnowledgeCheck } from '../types'

import { h, stepHeading } from '../dom'
import { shuffledFor } from '../shuffle'
import { fill } from '../words'
import { pageQuestions } from './questionPager'

export type CheckFormOptions = {
  check: KnowledgeCheck
  /** Set when the widget's words are in another language than the campaign's. */
  lang?: string
  mode: QuestionMode
  onSubmit: (answers: Answers) => void
  phase: AssessmentPhase
  /** Seeds the order of each item's choices, so one respondent always sees the same order. */
  respondent: string
  strings: Strings
  /** Unique per widget on the page, so two widgets' radio groups never share a name. */
  uid: string
}

const titles = (strings: Strings): Record<AssessmentPhase, string> => ({
  followup: strings.followupTitle,
  post: strings.postTitle,
  pre: strings.preTitle,
})

export const answerOf = (fieldset: HTMLFieldSetElement): string[] =>
  [...fieldset.querySelectorAll('input')]
    .filter((input) => input.checked)
    .map((input) => input.value)

/** One question: a fieldset of native radios (or checkboxes), so arrow keys and screen readers just work. */
const questionFieldset = (
  item: Item,
  index: number,
  { check, lang, phase, respondent, strings, uid }: CheckFormOptions,
) =>
  h(
    'fieldset',
    { 'data-item': item.key },
    h(
      'legend',
      {},
      h(
        'span',
        { class: 'aw-count', lang },
        fill(strings.question, { i: index + 1, n: check.items.length }),
      ),
      item.question,
    ),
    ...shuffledFor(respondent, item.key, item.choices).map((choice) =>
      h(
        'label',
        { class: 'aw-choice' },
        h('input', {
          name: `${uid}-${phase}-${item.key}`,
          type: item.multiple ? 'checkbox' : 'radio',
          value: choice.key,
        }),
        h('span', {}, choice.label),
      ),
    ),
  )

/**
 * A knowledge check: every question in one form, or (mode one-per-screen) one question at a time
 * with back and next. Either way the same answers go to `onSubmit`, once every question has one.
 */
export const checkForm = (options: CheckFormOptions) => {
  const { check, lang, mode, onSubmit, phase, strings, uid } = options
  const error = h('p', { class: 'aw-error', lang, role: 'alert' })
  const fieldsets = check.items.map((item, index) => questionFieldset(item, index, options))
  const submit = h('button', { class: 'aw-primary', lang, type: 'submit' }, strings.send)
  const actions = h('div', { class: 'aw-actions' }, submit)
  const form = h(
    'form',
    { 'aria-labelledby': `${uid}-${phase}-title`, 'data-mode': mode, novalidate: true },
    Object.assign(stepHeading(titles(strings)[phase], lang), { id: `${uid}-${phase}-title` }),
    phase === 'pre' ? h('p', { lang }, strings.preIntro) : null,
    ...fieldsets,
    error,
    actions,
  )
  const pager =
    mode === 'one-per-screen' ? pageQuestions(fieldsets, actions, submit, strings, lang) : null
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const shown = pager ? [pager.current()] : fieldsets
    const missing = shown.filter((fieldset) => answerOf(fieldset).length === 0)
    if (missing.length > 0) {
      error.textContent = fill(strings.answerAll, { n: missing.length })
      missing[0].querySelector('input')?.focus()
      return
    }
    error.textContent = ''
    if (pager?.next()) return
    submit.disabled = true
    submit.textContent = strings.sending
    const answers: Answers = {}
    check.items.forEach((item, index) => {
      const chosen = answerOf(fieldsets[index])
      answers[item.key] = item.multiple ? chosen : chosen[0]
    })
    onSubmit(answers)
  })
  return form
}
