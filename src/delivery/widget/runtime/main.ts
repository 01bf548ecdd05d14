import type { WidgetConfig } from './types'

import { h } from './dom'
import { isQuestionMode } from './questionMode'
import { followLivePreview } from './preview'
import { mountWidget } from './widget'

/**
 * The embed script. Either its own tag names the campaign
 *   <script src="https://AWARE/embed.js" data-key="…" data-campaign="…" async></script>
 * or it fills every <div data-aware-campaign="…"> on the page with the key from its tag.
 */
const script = document.currentScript as HTMLScriptElement | null

const fromScript = (name: string) => script?.dataset[name] ?? null

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

const configFor = (target: HTMLElement): WidgetConfig | null => {
  const read = (name: string) => target.dataset[`aware${name}`] ?? fromScript(name.toLowerCase())
  const preview = previewUrlOf(target)
  if (preview === undefined) {
    console.error("[aware] data-aware-preview is only for Aware's own preview pages")
    return null
  }
  const key = read('Key') ?? (preview ? '' : null)
  const campaign = target.dataset.awareCampaign ?? fromScript('campaign')
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

const mountAll = () => {
  const targets = [...document.querySelectorAll<HTMLElement>('[data-aware-campaign]')]
  if (targets.length === 0 && script?.dataset.campaign) {
    const host = h('div', { 'data-aware-campaign': script.dataset.campaign })
    if (script.parentElement && script.parentElement !== document.head) script.after(host)
    else document.body.append(host)
    targets.push(host)
  }
  for (const target of targets) {
    if (target.shadowRoot) continue
    const config = configFor(target)
    if (!config) continue
    void mountWidget(target, config)
    if (config.preview) previewLive(target, { ...config, preview: config.preview })
  }
}

// An async script can run before the page's target elements have been parsed.
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', mountAll)
else mountAll()
