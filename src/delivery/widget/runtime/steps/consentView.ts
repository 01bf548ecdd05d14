import type { Strings } from '../words'

import { h } from '../dom'

type Question = Pick<Strings, 'consentBody' | 'consentNo' | 'consentTitle' | 'consentYes'>

/** The follow-up offer asks as consent does, in its own words. */
export const followUpWords = (strings: Strings): Question => ({
  consentBody: strings.followupBody,
  consentNo: strings.followupNo,
  consentTitle: strings.followupOffer,
  consentYes: strings.followupYes,
})

/**
 * Asks whether the visitor takes part in the short check before and after the content (or, with
 * followUpWords, in the follow-up check). The title takes focus when the step opens.
 */
export const consentView = (
  items: number,
  strings: Question,
  lang: string | undefined,
  decide: (consent: boolean) => void,
): HTMLElement => {
  const button = (kind: 'aw-primary' | 'aw-secondary', text: string, consent: boolean) =>
    Object.assign(h('button', { class: kind, lang, type: 'button' }, text), {
      onclick: () => decide(consent),
    })
  return h(
    'div',
    { class: 'aw-card' },
    h('h3', { lang }, strings.consentTitle),
    h('p', { lang }, strings.consentBody.replace('{n}', String(items))),
    h(
      'div',
      { class: 'aw-actions' },
      button('aw-primary', strings.consentYes, true),
      button('aw-secondary', strings.consentNo, false),
    ),
  )
}
