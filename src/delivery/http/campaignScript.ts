import type { Representation } from '../cache/representation'
import type { WidgetAsset } from '../widget/widgetAsset'
import type { Answer } from './answer'
import type { CacheView, Decision } from './decideDeliveryAnswer'
import type { DeliveryRequest } from './deliveryRequest'

import { defaultLocale } from '../../domain/locales'
import { PARTNER_KEY_SCHEME } from '../../partners/resolvePartnerKey'
import { representationOfBytes } from '../cache/representation'
import { widgetStrings } from '../widget/runtime/strings'
import { emptyAnswer, errorAnswer } from './answer'
import { CAMPAIGN_SCRIPT_METHODS, parseCampaignScriptTarget } from './campaignScriptPath'
import { decideDeliveryAnswer } from './decideDeliveryAnswer'
import { headerValue } from './deliveryRequest'
import { acceptsGzip, matchesIfNoneMatch } from './negotiation'
import { pageOriginOf } from './pageOrigin'

/**
 * What a campaign's script depends on besides its URL: the page's origin, read from Referer and
 * Sec-Fetch-Site (pageOrigin.ts), and the encoding. Shared caches should not keep it (private).
 */
const VARY = 'Referer, Sec-Fetch-Site, Accept-Encoding'

type Words = Partial<Record<string, unknown>>

const wordsIn = (...locales: string[]): Words =>
  Object.fromEntries(
    [...new Set(locales)].flatMap((locale) =>
      Object.prototype.hasOwnProperty.call(widgetStrings, locale)
        ? [[locale, widgetStrings[locale as keyof typeof widgetStrings]]]
        : [],
    ),
  )

/**
 * The script: the widget's code (runtime/campaignScript.ts), given the delivery API's answer and
 * the words of its language. The answer's bytes go in as they are (JSON is an expression), so
 * the widget reads exactly what the delivery API would have sent it.
 */
const scriptOf = (code: Buffer, delivered: Buffer | null, words: Words): Buffer =>
  Buffer.concat([
    Buffer.from('(function(__awareScript){'),
    code,
    Buffer.from('})({"delivered":'),
    delivered ?? Buffer.from('null'),
    Buffer.from(`,"words":${JSON.stringify(words)}});\n`),
  ])

/**
 * Scripts made once. With a campaign: by the delivery answer's body, which lives exactly as long
 * as the delivery cache keeps that campaign's entry (a publish, an edit or the end of its period
 * drops the entry, so the script goes with it). Without: one per language.
 */
const withCampaign = new WeakMap<WidgetAsset, WeakMap<Buffer, Representation>>()
const withoutCampaign = new WeakMap<WidgetAsset, Map<string, Representation>>()

const scriptWith = (widget: WidgetAsset, delivered: Answer): Representation => {
  let scripts = withCampaign.get(widget)
  if (!scripts) withCampaign.set(widget, (scripts = new WeakMap()))
  let script = scripts.get(delivered.body)
  if (!script) {
    // The delivery API names the language it served (the requested one, or the fallback).
    const served = delivered.headers['Content-Language'] ?? defaultLocale
    script = representationOfBytes(scriptOf(widget.campaignScript, delivered.body, wordsIn(served)))
    scripts.set(delivered.body, script)
  }
  return script
}

const scriptWithout = (widget: WidgetAsset, locale: string): Representation => {
  let scripts = withoutCampaign.get(widget)
  if (!scripts) withoutCampaign.set(widget, (scripts = new Map()))
  let script = scripts.get(locale)
  if (!script) {
    // The widget asks the delivery API itself, which may answer in the fallback language.
    script = representationOfBytes(
      scriptOf(widget.campaignScript, null, wordsIn(locale, defaultLocale)),
    )
    scripts.set(locale, script)
  }
  return script
}

/** Answers built from each script, by status, encoding and max-age: a repeat builds nothing. */
const answersOf = new WeakMap<Representation, Map<string, Answer>>()

const served = (request: DeliveryRequest, script: Representation, cacheControl: string) => {
  const notModified = matchesIfNoneMatch(headerValue(request.headers, 'if-none-match'), script.etag)
  const gzip = !notModified && acceptsGzip(headerValue(request.headers, 'accept-encoding'))
  const variant = `${notModified ? 304 : gzip ? 'gzip' : 200}|${cacheControl}`
  let answers = answersOf.get(script)
  if (!answers) answersOf.set(script, (answers = new Map()))
  let answer = answers.get(variant)
  if (!answer) {
    const headers: Record<string, string> = {
      'Cache-Control': cacheControl,
      'Cross-Origin-Resource-Policy': 'cross-origin',
      ETag: script.etag,
      Vary: VARY,
    }
    if (notModified) answer = emptyAnswer(304, headers)
    else {
      const body = gzip ? script.gzip() : script.body
      answer = {
        body,
        headers: {
          ...headers,
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
          'Content-Length': String(body.length),
          'Content-Type': 'text/javascript; charset=utf-8',
        },
        status: 200,
      }
    }
    answers.set(variant, answer)
  }
  return answer
}

/**
 * GET /embed/{slug}.js?locale=…&audience=…&key=pk_…: the widget with the campaign's first
 * content in one script, so a partner page needs one request after itself. The campaign is
 * what decideDeliveryAnswer answers the same partner for the same campaign, language and
 * audience, asked from the page's origin (pageOrigin.ts) as if by the widget: published only,
 * while its period runs, for an audience the key may serve, from an origin the partner allows.
 * Anything else it would refuse gets the widget without a campaign (fail closed): the widget
 * then asks the delivery API as /embed.js does, and shows what that answers. A malformed URL
 * is a 400 that says what to change. Like decideDeliveryAnswer, it answers from what is cached
 * or says what to load, so the fast path and Express answer alike.
 */
export const decideCampaignScript = (
  request: DeliveryRequest,
  cache: CacheView,
  now: number,
  widget: WidgetAsset,
): Decision => {
  const target = parseCampaignScriptTarget(request.method, request.url)
  if (target.kind === 'invalid') {
    const allow: Record<string, string> =
      target.status === 405 ? { Allow: CAMPAIGN_SCRIPT_METHODS } : {}
    return { answer: errorAnswer(target.status, target.message, allow) }
  }
  const origin = pageOriginOf(request.headers)
  const asWidget: DeliveryRequest = {
    headers: {
      authorization: `${PARTNER_KEY_SCHEME}${target.key}`,
      ...(origin ? { origin } : {}),
    },
    method: 'GET',
    url: target.deliveryUrl,
  }
  const decision = decideDeliveryAnswer(asWidget, cache, now)
  if ('need' in decision) return decision
  const delivered = decision.answer
  if (delivered.status === 400) {
    // The slug, locale or audience is malformed: the widget's own request would fail alike.
    const { errors } = JSON.parse(delivered.body.toString()) as { errors: { message: string }[] }
    return { answer: errorAnswer(400, errors[0].message) }
  }
  if (delivered.status === 200) {
    const script = scriptWith(widget, delivered)
    return { answer: served(request, script, delivered.headers['Cache-Control']) }
  }
  // Refused (key, origin, audience) or not running: no campaign, and asked again next time.
  return { answer: served(request, scriptWithout(widget, target.locale), 'private, no-cache') }
}
