import type { ServerParts } from '../http/serverParts'

import { mountFieldUpload } from './fieldUpload/mountFieldUpload'
import { forwarderFor, shutdownForwarderOf } from './forwarding/forwarderRegistry'
import { eventRoutes } from './ingestion/eventsRoute'
import { overviewRoutes } from './reports/overview/overviewRoute'
import { reportRoutes } from './reports/reportRoute'
import { summaryRoutes } from './reports/summary/summaryRoute'
import { reviewRoutes } from './review/reviewRoutes'
import { widgetSessionRoutes } from './sessions/sessionRoute'
import { submissionExportRoutes } from './submissionExport/submissionExportRoutes'

/**
 * Evaluation's routes, in the order the server mounts them, and the last forwarding run when
 * the server closes (registered by ./plugin.ts).
 */
export const evaluationServerParts = (): Partial<ServerParts> => ({
  beforeClose: [shutdownForwarderOf],
  routes: [
    mountFieldUpload,
    eventRoutes({ forwarderFor }),
    widgetSessionRoutes(),
    reportRoutes(),
    summaryRoutes(),
    submissionExportRoutes(),
    reviewRoutes(),
    overviewRoutes(),
  ],
})
