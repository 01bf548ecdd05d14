import type { MountRoutes } from '../http/mountRoutes'
import type { CreateFastPath } from '../http/fastPath'

import { deliveryFastPath } from '../delivery/deliveryFastPath'
import { mountDelivery } from '../delivery/mountDelivery'
import { mountPreview } from '../editorial/preview/mountPreview'
import { mountFieldUpload } from '../evaluation/fieldUpload/mountFieldUpload'
import { forwarderFor } from '../evaluation/forwarding/forwarderRegistry'
import { eventRoutes } from '../evaluation/ingestion/eventsRoute'
import { overviewRoutes } from '../evaluation/reports/overview/overviewRoute'
import { reportRoutes } from '../evaluation/reports/reportRoute'
import { reviewRoutes } from '../evaluation/review/reviewRoutes'
import { summaryRoutes } from '../evaluation/reports/summary/summaryRoute'
import { widgetSessionRoutes } from '../evaluation/sessions/sessionRoute'
import { submissionExportRoutes } from '../evaluation/submissionExport/submissionExportRoutes'

/** The HTTP features every Aware server mounts in front of Payload's own API. */
export const features: MountRoutes[] = [
  mountDelivery,
  mountPreview,
  mountFieldUpload,
  eventRoutes({ forwarderFor }),
  widgetSessionRoutes(),
  reportRoutes(),
  summaryRoutes(),
  submissionExportRoutes(),
  reviewRoutes(),
  overviewRoutes(),
]

/** Answers served from memory before Express (see fastPaths.ts). */
export const fastPaths: CreateFastPath[] = [deliveryFastPath]
