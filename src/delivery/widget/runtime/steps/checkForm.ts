import type { Answers } from '../../../../evaluation/events/wireEvent'
import type { Strings } from '../strings'
import type { KnowledgeCheck } from '../types'

import { h, stepHeading } from '../dom'
import { shuffledFor } from '../shuffle'
import { fill } from '../strings'

export type CheckFormOptions = {
  check: KnowledgeCheck
  /** Set when the widget's words are in another language than the campaign's. */
  lang?: string
  onSubmit: (answers: Answers) => void
  phase: 'post' | 'pre'
  /** Seeds the order of each item's choices, so one respondent always sees the same order. */
  respondent: string
  strings: Strings
  /** Unique per widget on the page, so two widgets' radio groups never share a name. */
  uid: string
}

const answerOf = (fieldset: HTMLFieldSetElement): string[] =>
  [...fieldset.querySelectorAll('input')]
    .filter((input) => input.checked)
    .map((input) => input.value)

/** One fieldset per question: native radio groups, so arrow keys and screen readers just work. */
export const checkForm = ({
  check,
  lang,
  onSubmit,
  phase,
  respondent,
  strings,
  uid,
}: CheckFormOptions) => {
  const error = h('p', { class: 'aw-error', lang, role: 'alert' })
  const fieldsets = check.items.map((item, index) => {
    const name = `${uid}-${phase}-${item.key}`
    return h(
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
            name,
            type: item.multiple ? 'checkbox' : 'radio',
            value: choice.key,
          }),
          h('span', {}, choice.label),
        ),
      ),
    )
  })
  const submit = h('button', { class: 'aw-primary', lang, type: 'submit' }, strings.send)
  const form = h(
    'form',
    { 'aria-labelledby': `${uid}-${phase}-title`, novalidate: true },
    Object.assign(stepHeading(phase === 'pre' ? strings.preTitle : strings.postTitle, lang), {
      id: `${uid}-${phase}-title`,
    }),
    phase === 'pre' ? h('p', { lang }, strings.preIntro) : null,
    ...fieldsets,
    error,
    h('div', { class: 'aw-actions' }, submit),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const missing = fieldsets.filter((fieldset) => answerOf(fieldset).length === 0)
    if (missing.length > 0) {
      error.textContent = fill(strings.answerAll, { n: missing.length })
      missing[0].querySelector('input')?.focus()
      return
    }
    error.textContent = ''
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
