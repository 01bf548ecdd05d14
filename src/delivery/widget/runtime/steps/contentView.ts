import type { Strings } from '../words'
import type { Campaign } from '../types'

import { h } from '../dom'

/**
 * The campaign body (HTML sanitized by Aware's server) and, when the respondent takes part,
 * the button to the post check. `onEngaged` fires once, when the end of the text is reached.
 */
export const contentView = (
  campaign: Campaign,
  apiBase: string,
  strings: Strings,
  callbacks: { onContinue: (() => void) | null; onCta: () => void; onEngaged: () => void },
  lang?: string,
) => {
  const body = h('div', { class: 'aw-body', lang: campaign.locale })
  body.innerHTML = campaign.body.html
  // Focus lands on the text's first heading when the step opens (see widget.ts `show`).
  body.querySelector('h2, h3')?.setAttribute('tabindex', '-1')
  // Uploads are linked from Aware's own origin, not the partner page's.
  for (const image of body.querySelectorAll('img')) {
    const src = image.getAttribute('src')
    if (src?.startsWith('/')) image.src = apiBase + src
  }
  body.addEventListener('click', (event) => {
    if ((event.target as Element).closest('aside a, a[href^="tel:"]')) callbacks.onCta()
  })
  const end = h('div', { 'aria-hidden': 'true' })
  let engaged = false
  const engage = () => {
    if (engaged) return
    engaged = true
    callbacks.onEngaged()
  }
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect()
        engage()
      }
    })
    queueMicrotask(() => observer.observe(end))
  }
  const onContinue = callbacks.onContinue
  const next = onContinue
    ? h(
        'div',
        { class: 'aw-actions' },
        h('button', { class: 'aw-primary', lang, type: 'button' }, strings.continue),
      )
    : null
  next?.querySelector('button')?.addEventListener('click', () => {
    engage()
    onContinue?.()
  })
  return h('section', { class: 'aw-content' }, body, end, next)
}
