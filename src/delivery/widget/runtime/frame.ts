import type { Strings } from './words'
import type { Campaign } from './types'

import { h } from './dom'
import { hotlinesView } from './steps/hotlinesView'

/** The widget's one changing area and its status line, below the campaign's title. */
export type Frame = {
  /** Shows a step; with `focus`, moves focus to its heading, which screen readers announce. */
  show: (content: Node, focus: boolean) => void
  status: (text: string) => void
  /** The widget's own width in CSS px (not the window's: a sidebar can be narrow on a desktop). */
  width: () => number
}

/** Lays out the loaded campaign in `frame`: title, summary, the step area, status, hotlines. */
export const renderFrame = (
  frame: HTMLElement,
  campaign: Campaign,
  strings: Strings,
  { lang, onCta }: { lang: string | undefined; onCta: () => void },
): Frame => {
  // Each step moves focus to its own heading, which screen readers announce; no live region.
  const step = h('div', { class: 'aw-step' })
  const status = h('p', { class: 'aw-status', lang, role: 'status' })
  frame.replaceChildren(
    h('h2', {}, campaign.title),
    campaign.summary ? h('p', { class: 'aw-summary' }, campaign.summary) : '',
    campaign.fallback ? h('p', { class: 'aw-note', lang }, strings.fallback) : '',
    step,
    status,
    hotlinesView(campaign.hotlines, strings, onCta, lang) ?? '',
  )
  return {
    show: (content, focus) => {
      step.replaceChildren(content)
      status.textContent = ''
      if (focus) step.querySelector<HTMLElement>('[tabindex="-1"]')?.focus()
    },
    status: (text) => {
      status.textContent = text
    },
    width: () => frame.getBoundingClientRect().width,
  }
}
