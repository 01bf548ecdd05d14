import type { Strings } from '../words'

import { h } from '../dom'

export type QuestionPager = {
  /** The question on screen. */
  current: () => HTMLFieldSetElement
  /** Moves to the next question; false on the last one (the form is then sent). */
  next: () => boolean
}

/**
 * One question per screen: the others stay in the form, hidden, so an answer is kept when the
 * respondent goes back and the form sends every answer at the end. A bar shows how far along they
 * are (the question's own "Question 2 of 5" says it in words); focus moves to each new question.
 */
export const pageQuestions = (
  fieldsets: HTMLFieldSetElement[],
  actions: HTMLElement,
  submit: HTMLButtonElement,
  strings: Strings,
  lang: string | undefined,
): QuestionPager => {
  const bar = h('progress', { 'aria-hidden': 'true', class: 'aw-progress', max: fieldsets.length })
  const back = h('button', { class: 'aw-secondary', lang, type: 'button' }, strings.back)
  fieldsets[0].before(bar)
  actions.prepend(back)
  let index = 0

  const show = (to: number, focus: boolean) => {
    index = to
    fieldsets.forEach((fieldset, at) => (fieldset.hidden = at !== index))
    bar.value = index + 1
    back.hidden = index === 0
    const last = index === fieldsets.length - 1
    submit.textContent = last ? strings.send : strings.next
    if (!focus) return
    const legend = fieldsets[index].querySelector('legend') as HTMLLegendElement
    legend.tabIndex = -1
    legend.focus()
  }
  back.addEventListener('click', () => show(Math.max(0, index - 1), true))
  show(0, false)

  return {
    current: () => fieldsets[index],
    next: () => {
      if (index === fieldsets.length - 1) return false
      show(index + 1, true)
      return true
    },
  }
}
