import type { Campaign, WidgetConfig } from './types'

import { h } from './dom'
import { isQuestionMode } from './questionMode'
import { followLivePreview } from './preview'
import { mountWidget } from './widget'

/**
 * What a campaign's script (/embed/<slug>.js?locale=…&key=…, campaignScript.ts) names in its URL,
 * and the campaign the server found for exactly that URL from this page (null: none, so the
 * widget asks the delivery API as /embed.js does).
 */
export type ScriptCampaign = {
  audience: null | string
  campaign: string
  /** The delivery API's answer for this campaign, locale, audience and key, or null. */
  delivered: Campaign | null
  key: string
  locale: string
}

/**
 * The embed script. Either its own tag names the campaign
 *   <script src="https://AWARE/embed.js" data-key="…" data-campaign="…" async></script>
 * or it fills every <div data-aware-campaign="…"> on the page with the key from its tag.
 */
const script = document.currentScript as HTMLScriptElement | null

const apiBase = new URL(script?.src ?? location.href).origin

/** A preview reads its draft from Aware's own origin only, never from a URL a page supplies. */
const previewUrlOf = (target: HTMLElement): null | string | undefined => {
  const given = target.dataset.awarePreview
  if (given === undefined) return null
  const url = new URL(given, location.href)
  return url.origin === apiBase && location.origin === apiBase ? url.href : undefined
}

/** data-questions="one-per-screen" or "all-at-once"; absent, the widget chooses by its width. */
const questionsOf = (given: null | string) => {
  if (given === null || isQuestionMode(given)) return given
  console.error(
    `[aware] data-questions="${given}" is not "one-per-screen" or "all-at-once": chosen by width`,
  )
  return null
}

/** An attribute of the script tag, else what a campaign's script URL names. */
const fromScript = (name: string, named: ScriptCampaign | null) => {
  const given = script?.dataset[name]
  if (given !== undefined) return given
  if (!named) return null
  if (name === 'audience') return named.audience
  if (name === 'campaign' || name === 'key' || name === 'locale') return named[name]
  return null
}

const configFor = (target: HTMLElement, named: ScriptCampaign | null): WidgetConfig | null => {
  const read = (name: string) =>
    target.dataset[`aware${name}`] ?? fromScript(name.toLowerCase(), named)
  const preview = previewUrlOf(target)
  if (preview === undefined) {
    console.error("[aware] data-aware-preview is only for Aware's own preview pages")
    return null
  }
  const key = read('Key') ?? (preview ? '' : null)
  const campaign = target.dataset.awareCampaign ?? fromScript('campaign', named)
  if (key === null || !campaign) {
    console.error('[aware] the embed needs data-key and data-campaign (or data-aware-campaign)')
    return null
  }
  return {
    apiBase,
    audience: read('Audience'),
    campaign,
    channel: read('Channel') ?? 'web',
    key,
    locale: read('Locale') ?? (document.documentElement.lang || 'en').slice(0, 2).toLowerCase(),
    preview,
    questions: questionsOf(read('Questions')),
  }
}

/** A preview in the admin's Live Preview frame shows the draft again after each save. */
const previewLive = (target: HTMLElement, config: WidgetConfig & { preview: string }) => {
  let shown = target
  followLivePreview(config.locale, (locale) => {
    const url = new URL(config.preview)
    if (locale) url.searchParams.set('locale', locale)
    const next = { ...config, locale: locale ?? config.locale, preview: url.href }
    const fresh = shown.cloneNode(false) as HTMLElement
    shown.replaceWith(fresh)
    shown = fresh
    config = next
    void mountWidget(fresh, next)
  })
}

/** The campaign the script brought, for a widget asking exactly what its URL named. */
const deliveredFor = (config: WidgetConfig, named: ScriptCampaign | null): Campaign | null =>
  named?.delivered &&
  !config.preview &&
  config.campaign === named.campaign &&
  config.key === named.key &&
  config.locale === named.locale &&
  config.audience === named.audience
    ? named.delivered
    : null

const mountAll = (named: ScriptCampaign | null) => {
  const targets = [...document.querySelectorAll<HTMLElement>('[data-aware-campaign]')]
  const own = fromScript('campaign', named)
  if (targets.length === 0 && own) {
    const host = h('div', { 'data-aware-campaign': own })
    if (script?.parentElement && script.parentElement !== document.head) script.after(host)
    else document.body.append(host)
    targets.push(host)
  }
  for (const target of targets) {
    if (target.shadowRoot) continue
    const config = configFor(target, named)
    if (!config) continue
    void mountWidget(target, config, deliveredFor(config, named))
    if (config.preview) previewLive(target, { ...config, preview: config.preview })
  }
}

/** Fills the page's widgets; an async script can run before their elements have been parsed. */
export const startEmbeds = (named: ScriptCampaign | null): void => {
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => mountAll(named))
  else mountAll(named)
}
