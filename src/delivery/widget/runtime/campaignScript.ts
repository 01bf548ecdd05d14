import type { ScriptCampaign } from './mountEmbeds'
import type { Campaign } from './types'
import type { Strings } from './words'

import { startEmbeds } from './mountEmbeds'
import { carryWords } from './words'

/**
 * What the server wraps this bundle in (src/delivery/http/campaignScript.ts): the delivery API's
 * answer for the campaign, language, audience and key the script's URL names, as that partner
 * would get it from this page's origin (null when it would be refused), and the widget's words
 * for that language.
 */
declare const __awareScript: { delivered: Campaign | null; words: Record<string, Strings> }

/** The campaign's script, /embed/<slug>.js?locale=…&audience=…&key=…: the URL names it all. */
const namedBy = (src: string, delivered: Campaign | null): null | ScriptCampaign => {
  const url = new URL(src)
  const slug = /^\/embed\/([^/]+)\.js$/.exec(url.pathname)?.[1]
  const key = url.searchParams.get('key')
  const locale = url.searchParams.get('locale')
  if (!slug || !key || !locale) return null
  return {
    audience: url.searchParams.get('audience') || null,
    campaign: decodeURIComponent(slug),
    delivered,
    key,
    locale,
  }
}

carryWords(__awareScript.words)
const own = document.currentScript as HTMLScriptElement | null
startEmbeds(own ? namedBy(own.src, __awareScript.delivered) : null)
