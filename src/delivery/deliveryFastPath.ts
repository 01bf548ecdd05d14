import type { CreateFastPath } from '../http/fastPath'
import type { Answer } from './http/answer'

import { securityHeaders } from '../http/securityHeaders'
import { deliveryStateOf } from './deliveryState'
import { answerFromCache } from './http/answerDeliveryRequest'
import { DELIVERY_PREFIX } from './http/deliveryPath'

/**
 * Answers delivery requests whose partner key and content are both cached, before Express.
 * Anything else (a first request, an expired entry) returns false and Express answers it with
 * the same decision function, filling the cache for the next one.
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
      flat = Object.entries({ ...security, ...answer.headers }).flat()
      flatHeaders.set(answer, flat)
    }
    return flat
  }
  return (req, res) => {
    if (!req.url?.startsWith(DELIVERY_PREFIX)) return false
    const answer = answerFromCache(state, {
      headers: req.headers,
      method: req.method ?? 'GET',
      url: req.url,
    })
    if (!answer) return false
    state.fastPathAnswers += 1
    res.writeHead(answer.status, headersOf(answer))
    res.end(req.method === 'HEAD' || answer.body.length === 0 ? undefined : answer.body)
    return true
  }
}
