import type { CreateFastPath } from '../http/fastPath'
import type { Answer } from './http/answer'
import type { Decide } from './http/answerDeliveryRequest'

import { securityHeaders } from '../http/securityHeaders'
import { deliveryStateOf } from './deliveryState'
import { answerFromCache } from './http/answerDeliveryRequest'
import { decideCampaignScript } from './http/campaignScript'
import { CAMPAIGN_SCRIPT_PREFIX } from './http/campaignScriptPath'
import { decideDeliveryAnswer } from './http/decideDeliveryAnswer'
import { DELIVERY_PREFIX } from './http/deliveryPath'

/**
 * Answers delivery requests and campaigns' scripts whose partner key and content are both
 * cached, before Express. Anything else (a first request, an expired entry) returns false and
 * Express answers it with the same decision function, filling the cache for the next one.
 */
export const deliveryFastPath: CreateFastPath = (payload) => {
  const state = deliveryStateOf(payload)
  const security = securityHeaders()
  // A repeated read gets the same Answer (decideDeliveryAnswer.ts), so its headers, with the
  // security headers first, are flattened once into what writeHead takes fastest.
  const flatHeaders = new WeakMap<Answer, string[]>()
  const headersOf = (answer: Answer) => {
    let flat = flatHeaders.get(answer)
    if (!flat) {
      // By lower-case name, so an answer's header replaces helmet's of the same name (getHeaders
      // gives those lower-case) rather than going out beside it.
      const own = Object.entries(answer.headers).map(([name, value]): [string, string] => [
        name.toLowerCase(),
        value,
      ])
      flat = Object.entries({ ...security, ...Object.fromEntries(own) }).flat()
      flatHeaders.set(answer, flat)
    }
    return flat
  }
  const decisionFor = (url: string): Decide | undefined => {
    if (url.startsWith(DELIVERY_PREFIX)) return decideDeliveryAnswer
    const widget = url.startsWith(CAMPAIGN_SCRIPT_PREFIX) ? state.widget : undefined
    return widget && ((request, cache, now) => decideCampaignScript(request, cache, now, widget))
  }
  return (req, res) => {
    const decide = req.url ? decisionFor(req.url) : undefined
    if (!decide || !req.url) return false
    const answer = answerFromCache(
      state,
      { headers: req.headers, method: req.method ?? 'GET', url: req.url },
      decide,
    )
    if (!answer) return false
    state.fastPathAnswers += 1
    res.writeHead(answer.status, headersOf(answer))
    res.end(req.method === 'HEAD' || answer.body.length === 0 ? undefined : answer.body)
    return true
  }
}
