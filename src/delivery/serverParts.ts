import type { ServerParts } from '../http/serverParts'

import { deliveryFastPath } from './deliveryFastPath'
import { mountDelivery } from './mountDelivery'

/** Delivery's routes and the fast path for cached reads (registered by ./plugin.ts). */
export const deliveryServerParts = (): Partial<ServerParts> => ({
  fastPaths: [deliveryFastPath],
  routes: [mountDelivery],
})
