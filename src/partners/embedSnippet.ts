import type { QuestionMode } from '../delivery/widget/runtime/questionMode'

import { escapeHtml } from '../delivery/content/escapeHtml'

export type EmbedSnippetOptions = {
  /** The audience events are counted for; one of the partner's allowed audiences. */
  audience: null | string
  campaign: string
  locale: string
  /** Aware's origin as partners reach it, e.g. https://aware.ngo.org */
  origin: string
  publishableKey: string
  /** How the knowledge check lays out its questions; null: by the widget's width. */
  questions?: null | QuestionMode
}

/**
 * The one-paste embed (README, "The widget"): one script tag carrying the publishable key, the
 * campaign, the audience and the language. Values are escaped for a double-quoted attribute.
 */
export const embedSnippet = (options: EmbedSnippetOptions): string =>
  [
    '<script',
    `  src="${escapeHtml(`${options.origin}/embed.js`)}"`,
    `  data-key="${escapeHtml(options.publishableKey)}"`,
    `  data-campaign="${escapeHtml(options.campaign)}"`,
    ...(options.audience ? [`  data-audience="${escapeHtml(options.audience)}"`] : []),
    `  data-locale="${escapeHtml(options.locale)}"`,
    ...(options.questions ? [`  data-questions="${options.questions}"`] : []),
    '  async',
    '></script>',
  ].join('\n')
