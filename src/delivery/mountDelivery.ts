import type { MountRoutes } from '../server/createApp'

import { deliveryStateOf } from './deliveryState'
import { deliveryRoute } from './routes/deliveryRoute'

/** Partner delivery: the content API, its OpenAPI document and the embeddable widget. */
export const mountDelivery: MountRoutes = (app, payload) => {
  const state = deliveryStateOf(payload)
  app.all('/api/delivery/{*rest}', deliveryRoute(state))
}
