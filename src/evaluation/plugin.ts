import type { CollectionConfig, Config, Payload, Plugin } from 'payload'

import { EvaluationCells } from './collections/EvaluationCells'
import { EvaluationEvents } from './collections/EvaluationEvents'
import { EvaluationSubmissions } from './collections/EvaluationSubmissions'
import { forgetAnswerKeysOnAssessmentChange } from './hooks/forgetAnswerKeysOnAssessmentChange'
import { purgeExpiredEventsTask, RETENTION_QUEUE } from './retention/purgeExpiredEventsTask'
import { eventStoreFor } from './store/eventStoreFor'

/** The retention queue is worked every ten minutes; the task itself is scheduled nightly. */
const RETENTION_AUTORUN = { cron: '*/10 * * * *', queue: RETENTION_QUEUE }

/** Ingestion caches answer keys; an edited assessment must reach it at once. */
const withAnswerKeyCacheHook = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'assessments'
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [
            ...(collection.hooks?.afterChange ?? []),
            forgetAnswerKeysOnAssessmentChange,
          ],
        },
      }

/** A writer that died mid-append (MongoDB) is finished at start, not at the next append. */
const recoverEventStore = (payload: Payload): void => {
  eventStoreFor(payload)
    .recover()
    .catch((error: unknown) =>
      payload.logger.error({ err: error, msg: 'Could not finish an interrupted event append' }),
    )
}

/**
 * Built-in evaluation as a plugin: the raw-event, submission and tally collections, the nightly
 * retention job, the hook that keeps ingestion's answer-key cache honest, and the event store's
 * recovery at start. The HTTP routes are mounted by the server (src/server/features.ts).
 */
export const evaluationPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const autoRun = config.jobs?.autoRun
    if (typeof autoRun === 'function') {
      throw new Error('The evaluation plugin needs jobs.autoRun as a list to add its queue.')
    }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withAnswerKeyCacheHook),
        EvaluationEvents,
        EvaluationSubmissions,
        EvaluationCells,
      ],
      jobs: {
        ...config.jobs,
        autoRun: [...(autoRun ?? []), RETENTION_AUTORUN],
        tasks: [...(config.jobs?.tasks ?? []), purgeExpiredEventsTask],
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        recoverEventStore(payload)
      },
    }
  }
