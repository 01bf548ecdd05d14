import type { MountRoutes } from '../../http/mountRoutes'

import { importRoute } from './routes/importRoute'
import { paperRoute } from './routes/paperRoute'
import { templateRoute } from './routes/templateRoute'

/** Field upload: paper pre/post answers as CSV or .xlsx, a template and a paper sheet per campaign. */
export const mountFieldUpload: MountRoutes = (app, payload) => {
  app.post('/api/events/import', importRoute(payload))
  app.get('/api/events/import/template', templateRoute(payload))
  app.get('/api/events/import/paper', paperRoute(payload))
}
