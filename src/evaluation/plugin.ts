import type { Config, Payload, Plugin } from 'payload'

import { withServerParts } from '../http/serverParts'
import { appendCollectionHooks } from '../plugins/appendCollectionHooks'
import { evaluationAdminPlugin } from './admin/evaluationAdminPlugin'
import { EvaluationCells } from './collections/EvaluationCells'
import { Leases } from '../db/leases/LeasesCollection'
import { EvaluationEvents } from './collections/EvaluationEvents'
import { EvaluationOutbox } from './collections/EvaluationOutbox'
import { EvaluationSubmissions } from './collections/EvaluationSubmissions'
import { FORWARDING_QUEUE, forwardToPosthogTask } from './forwarding/forwardToPosthogTask'
import { forgetAnswerKeysOnAssessmentChange } from './hooks/forgetAnswerKeysOnAssessmentChange'
import { evaluationOpenApi } from './openapi/evaluationOpenApi'
import { purgeExpiredEventsTask, RETENTION_QUEUE } from './retention/purgeExpiredEventsTask'
import { eventStoreFor } from './store/eventStoreFor'

/** The retention queue is worked every ten minutes; the task itself is scheduled nightly. */
const RETENTION_AUTORUN = { cron: '*/10 * * * *', queue: RETENTION_QUEUE }

/** A writer that died mid-append (MongoDB) is finished at start, not at the next append. */
const recoverEventStore = (payload: Payload): void => {
  eventStoreFor(payload)
    .recover()
    .catch((error: unknown) =>
      payload.logger.error({ err: error, msg: 'Could not finish an interrupted event append' }),
    )
}

/**
 * Built-in evaluation as a plugin: the raw-event, submission and tally collections, the PostHog
 * outbox and its forwarding job (with the leases that let one instance send at a time), the nightly
 * retention job, the hook that keeps ingestion's answer-key cache honest, the event store's
 * recovery at start, the rate-limit store's index after the migrations, its HTTP routes (./serverParts.ts: field upload, events, widget sessions,
 * reports, the submission export, the data-quality review) and their OpenAPI part, the evaluators' admin pages, and the last
 * forwarding run when the server closes.
 */
export type EvaluationPluginOptions = {
  /** Seconds between runs of the PostHog forwarding job (it is queued only while forwarding is on). */
  forwardingIntervalSeconds?: number
}

export const evaluationPlugin =
  ({ forwardingIntervalSeconds = 5 }: EvaluationPluginOptions = {}): Plugin =>
  async (config: Config): Promise<Config> => {
    const autoRun = config.jobs?.autoRun
    if (typeof autoRun === 'function') {
      throw new Error('The evaluation plugin needs jobs.autoRun as a list to add its queue.')
    }
    // Ingestion caches answer keys; an edited assessment must reach it at once.
    const withHooks = appendCollectionHooks(config, {
      assessments: { afterChange: [forgetAnswerKeysOnAssessmentChange] },
    })
    const withAdmin = await evaluationAdminPlugin()(
      withServerParts(withHooks, {
        // MongoDB's rate-limit counters need their unique index before the first event.
        afterMigrate: ['src/evaluation/ingestion/rateLimitStore.ts#prepareRateLimitStore'],
        module: 'src/evaluation/serverParts.ts#evaluationServerParts',
        openApi: [evaluationOpenApi],
      }),
    )
    return {
      ...withAdmin,
      // The collections are there whether forwarding is on or not, so the schema stays the same.
      collections: [
        ...(withAdmin.collections ?? []),
        EvaluationEvents,
        EvaluationSubmissions,
        EvaluationCells,
        EvaluationOutbox,
        Leases,
      ],
      jobs: {
        ...config.jobs,
        autoRun: [
          ...(autoRun ?? []),
          RETENTION_AUTORUN,
          { cron: `*/${forwardingIntervalSeconds} * * * * *`, queue: FORWARDING_QUEUE },
        ],
        tasks: [
          ...(config.jobs?.tasks ?? []),
          purgeExpiredEventsTask,
          forwardToPosthogTask(forwardingIntervalSeconds),
        ],
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        recoverEventStore(payload)
      },
    }
  }
