import type { CreateFastPath } from '../http/fastPath'

import { securityHeaders } from '../http/securityHeaders'
import { deliveryStateOf } from './deliveryState'
import { answerFromCache } from './http/answerDeliveryRequest'
import { DELIVERY_PREFIX } from './http/deliveryPath'
import { writeAnswer } from './http/writeAnswer'

/**
 * Answers delivery requests whose partner key and content are both cached, before Express.
 * Anything else (a first request, an expired entry) returns false and Express answers it with
 * the same decision function, filling the cache for the next one.
 */
export const deliveryFastPath: CreateFastPath = (payload) => {
  const state = deliveryStateOf(payload)
  const headers = securityHeaders()
  return (req, res) => {
    if (!req.url?.startsWith(DELIVERY_PREFIX)) return false
    const answer = answerFromCache(state, {
      headers: req.headers,
      method: req.method ?? 'GET',
      url: req.url,
    })
    if (!answer) return false
    state.fastPathAnswers += 1
    writeAnswer(res, req.method, answer, headers)
    return true
  }
}
