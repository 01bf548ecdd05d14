import type { MountRoutes } from '../http/mountRoutes'

import { deliveryStateOf } from './deliveryState'
import { campaignMediaRoute } from './routes/campaignMediaRoute'
import { campaignScriptRoute } from './routes/campaignScriptRoute'
import { deliveryRoute } from './routes/deliveryRoute'
import { embedRoute } from './routes/embedRoute'
import { eventsCors, eventsPreflight } from './routes/eventsCors'
import { openApiRoute } from './routes/openApiRoute'
import { loadWidgetAsset } from './widget/widgetAsset'

/**
 * Partner delivery: the content API, CORS for the widget's sessions and events, the OpenAPI document and
 * the embeddable widget (built here, at start, when its file is missing or stale): /embed.js, and
 * each campaign's script with its first content (/embed/{slug}.js).
 */
export const mountDelivery: MountRoutes = (app, payload) => {
  const state = deliveryStateOf(payload)
  const widget = loadWidgetAsset()
  widget.then(
    (asset) => (state.widget = asset),
    (error: unknown) => payload.logger.error({ err: error, msg: 'widget build failed' }),
  )

  app.all('/api/delivery/{*rest}', deliveryRoute(state))
  for (const path of ['/api/events', '/api/widget/sessions']) {
    app.options(path, eventsPreflight(state))
    app.use(path, eventsCors(state))
  }
  app.get('/api/openapi.json', openApiRoute(payload))
  app.get('/embed.js', embedRoute(widget))
  app.all('/embed/{*rest}', campaignScriptRoute(state, widget))
  app.get('/media/:filename', campaignMediaRoute(payload, state))
}
