import type { LocaleCode } from '../../domain/locales'

import { isLocaleCode, localeCodes } from '../../domain/locales'
import { PUBLISHABLE_KEY_PREFIX } from '../../partners/publishableKey'

export const CAMPAIGN_SCRIPT_PREFIX = '/embed/'
export const CAMPAIGN_SCRIPT_METHODS = 'GET, HEAD'

/** What a campaign's script URL names: the delivery request it stands for, and the key. */
export type CampaignScriptTarget =
  | { deliveryUrl: string; key: string; kind: 'script'; locale: LocaleCode }
  | { kind: 'invalid'; message: string; status: 400 | 404 | 405 }

const scriptPath = /^\/embed\/([^/]+)\.js$/
const allowedParams = ['audience', 'key', 'locale']

const UNKNOWN_SCRIPT =
  'Unknown embed script. Use /embed/{campaign}.js?locale=…&key=pk_… (the admin shows it under ' +
  'Settings → Partners), or /embed.js.'

const invalid = (message: string): CampaignScriptTarget => ({
  kind: 'invalid',
  message,
  status: 400,
})

/**
 * GET /embed/{slug}.js?locale=tl&audience=migrant-workers&key=pk_… — the campaign, language,
 * audience and publishable key a campaign's script stands for. It answers what the delivery API
 * would answer GET /api/delivery/campaigns/{slug}?locale=…&audience=… signed with that key, so
 * the slug and the audience are checked by the delivery API's own parser; this checks what is
 * the script's own: its path, its parameters, that the key is publishable (a secret key must
 * never be in a page, and a script URL is in one) and the locale (which the script's words are
 * chosen by even when the delivery API refuses the key before reading it).
 */
export const parseCampaignScriptTarget = (method: string, target: string): CampaignScriptTarget => {
  const url = new URL(target, 'http://embed.invalid')
  const slug = scriptPath.exec(url.pathname)?.[1]
  if (!slug) return { kind: 'invalid', message: UNKNOWN_SCRIPT, status: 404 }
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      kind: 'invalid',
      message: `An embed script is read with GET (${method} is not supported).`,
      status: 405,
    }
  }
  const search = url.searchParams
  for (const name of new Set(search.keys())) {
    if (!allowedParams.includes(name)) {
      return invalid(
        `Unknown query parameter "${name}". An embed script takes: ${allowedParams.join(', ')}.`,
      )
    }
    if (search.getAll(name).length > 1) return invalid(`Give "${name}" once, not several times.`)
  }
  const key = search.get('key')
  if (!key) {
    return invalid(
      'Add your publishable key to the script URL: ?key=pk_… (Settings → Partners shows it).',
    )
  }
  if (!key.startsWith(PUBLISHABLE_KEY_PREFIX)) {
    return invalid(
      'A script URL takes the publishable key (pk_…), never the secret key: a page shows its ' +
        'scripts to everyone. Replace the secret key in your page, and rotate it if the page ' +
        'was published.',
    )
  }
  const locale = search.get('locale')
  if (!locale) return invalid('Name the language of the campaign: ?locale=en (or tl, ar, …).')
  if (!isLocaleCode(locale)) {
    return invalid(`Unknown locale "${locale}". Use one of: ${localeCodes.join(', ')}.`)
  }
  const query = new URLSearchParams({ locale })
  const audience = search.get('audience')
  if (audience) query.set('audience', audience)
  return {
    deliveryUrl: `/api/delivery/campaigns/${slug}?${query}`,
    key,
    kind: 'script',
    locale,
  }
}
