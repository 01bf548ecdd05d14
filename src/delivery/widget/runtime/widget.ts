import type { Campaign, WidgetConfig } from './types'

import { h } from './dom'
import { fetchCampaign } from './fetchCampaign'
import { startFlow } from './flow'
import { renderFrame } from './frame'
import { previewTracker } from './preview'
import { readProgress } from './respondent'
import { wordsFor } from './words'
import { styles } from './styles'
import { createTracker } from './tracker'

let instances = 0

/**
 * One embedded campaign, rendered in an open shadow root on `host`: loads the campaign (unless
 * its script brought it, campaignScript.ts: then it renders in the same task, with no request),
 * lays it out, and starts its steps (flow.ts) with a tracker for its events (tracker.ts).
 */
export const mountWidget = async (
  host: HTMLElement,
  config: WidgetConfig,
  delivered: Campaign | null = null,
): Promise<void> => {
  const uid = `aw${(instances += 1)}`
  const root = host.attachShadow({ mode: 'open' })
  const frame = h(
    'div',
    { class: 'aw' },
    h('p', { role: 'status' }, wordsFor(config.locale).strings.loading),
  )
  root.append(h('style', {}, styles), frame)

  let campaign: Campaign
  try {
    campaign = delivered ?? (await fetchCampaign(config))
  } catch (error) {
    console.error(`[aware] campaign "${config.campaign}" could not be loaded:`, error)
    frame.replaceChildren(h('p', { role: 'status' }, wordsFor(config.locale).strings.loadError))
    return
  }

  const { lang: uiLang, strings } = wordsFor(campaign.locale)
  // Marks the widget's own words when they are not in the campaign's language.
  const lang = uiLang === campaign.locale ? undefined : uiLang
  host.setAttribute('lang', campaign.locale)
  host.setAttribute('dir', campaign.dir)
  frame.setAttribute('dir', campaign.dir)

  const audience = config.audience ?? campaign.audiences[0]
  if (!config.audience) {
    console.warn(`[aware] no data-audience: events are counted for "${audience}"`)
  }
  // A preview starts afresh each time, reports nothing and leaves nothing on the device.
  const progress = config.preview ? { consent: null, phases: [] } : readProgress(campaign.slug)
  const tracker = config.preview
    ? previewTracker()
    : createTracker({ audience, campaign, config, progress })
  const layout = renderFrame(frame, campaign, strings, { lang, onCta: tracker.cta })
  startFlow({ campaign, config, frame: layout, lang, progress, strings, tracker, uid })
}
