import type { RequestHandler } from 'express'

import type { DeliveryState } from '../deliveryState'

import { answerDeliveryRequest } from '../http/answerDeliveryRequest'
import { writeAnswer } from '../http/writeAnswer'

/** Every /api/delivery/* request the fast path could not answer from its cache. */
export const deliveryRoute =
  (state: DeliveryState): RequestHandler =>
  async (req, res) => {
    const answer = await answerDeliveryRequest(state, {
      headers: req.headers,
      method: req.method,
      url: req.originalUrl,
    })
    writeAnswer(res, req.method, answer)
  }
