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

/** The campaign's script: /embed/{slug}.js?locale=…&audience=…&key=… (campaignScriptPath.ts). */
export const campaignScriptUrl = (options: EmbedSnippetOptions): string => {
  const query = new URLSearchParams({ locale: options.locale })
  if (options.audience) query.set('audience', options.audience)
  query.set('key', options.publishableKey)
  return `${options.origin}/embed/${encodeURIComponent(options.campaign)}.js?${query}`
}

/**
 * The one-paste embed (README, "For partner sites"): one script tag whose URL names the campaign,
 * the language, the audience and the publishable key, answered with the widget and the
 * campaign in one script, so the page needs one request to show it. Values are escaped for a
 * double-quoted attribute.
 */
export const embedSnippet = (options: EmbedSnippetOptions): string =>
  [
    '<script',
    `  src="${escapeHtml(campaignScriptUrl(options))}"`,
    ...(options.questions ? [`  data-questions="${options.questions}"`] : []),
    '  async',
    '></script>',
  ].join('\n')

/**
 * The embed as partners pasted it before campaigns' scripts (/embed.js, the campaign named by
 * attributes, fetched from the delivery API after the script): it still works, unchanged.
 */
export const embedJsSnippet = (options: EmbedSnippetOptions): string =>
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
