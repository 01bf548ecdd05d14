import type { MountRoutes } from '../../http/mountRoutes'

import { importRoute } from './routes/importRoute'
import { templateRoute } from './routes/templateRoute'

/** Field upload: paper pre/post answers as CSV, and a template per campaign. */
export const mountFieldUpload: MountRoutes = (app, payload) => {
  app.post('/api/events/import', importRoute(payload))
  app.get('/api/events/import/template', templateRoute(payload))
}
