import type { RequestHandler } from 'express'

import type { DeliveryState } from '../deliveryState'
import type { WidgetAsset } from '../widget/widgetAsset'

import { answerDeliveryRequest } from '../http/answerDeliveryRequest'
import { decideCampaignScript } from '../http/campaignScript'
import { writeAnswer } from '../http/writeAnswer'

/** Every /embed/{slug}.js request the fast path could not answer from its cache. */
export const campaignScriptRoute =
  (state: DeliveryState, asset: Promise<WidgetAsset>): RequestHandler =>
  async (req, res) => {
    const widget = await asset
    const answer = await answerDeliveryRequest(
      state,
      { headers: req.headers, method: req.method, url: req.originalUrl },
      (request, cache, now) => decideCampaignScript(request, cache, now, widget),
    )
    writeAnswer(res, req.method, answer)
  }
