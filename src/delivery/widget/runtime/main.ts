import type { WidgetConfig } from './types'

import { h } from './dom'
import { mountWidget } from './widget'

/**
 * The embed script. Either its own tag names the campaign
 *   <script src="https://AWARE/embed.js" data-key="…" data-campaign="…" async></script>
 * or it fills every <div data-aware-campaign="…"> on the page with the key from its tag.
 */
const script = document.currentScript as HTMLScriptElement | null

const fromScript = (name: string) => script?.dataset[name] ?? null

const configFor = (target: HTMLElement): WidgetConfig | null => {
  const read = (name: string) => target.dataset[`aware${name}`] ?? fromScript(name.toLowerCase())
  const key = read('Key')
  const campaign = target.dataset.awareCampaign ?? fromScript('campaign')
  if (!key || !campaign) {
    console.error('[aware] the embed needs data-key and data-campaign (or data-aware-campaign)')
    return null
  }
  return {
    apiBase: new URL(script?.src ?? location.href).origin,
    audience: read('Audience'),
    campaign,
    channel: read('Channel') ?? 'web',
    key,
    locale: read('Locale') ?? (document.documentElement.lang || 'en').slice(0, 2).toLowerCase(),
  }
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
    if (config) void mountWidget(target, config)
  }
}

// An async script can run before the page's target elements have been parsed.
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', mountAll)
else mountAll()
