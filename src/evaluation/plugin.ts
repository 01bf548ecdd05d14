import type { CollectionConfig, Config, Plugin } from 'payload'

import { EvaluationCells } from './collections/EvaluationCells'
import { EvaluationEvents } from './collections/EvaluationEvents'
import { EvaluationSubmissions } from './collections/EvaluationSubmissions'
import { forgetAnswerKeysOnAssessmentChange } from './hooks/forgetAnswerKeysOnAssessmentChange'
import { forgetPrincipalsOnPartnerChange } from './hooks/forgetPrincipalsOnPartnerChange'
import { forgetPrincipalsOnPartnerDelete } from './hooks/forgetPrincipalsOnPartnerDelete'
import { purgeExpiredEventsTask, RETENTION_QUEUE } from './retention/purgeExpiredEventsTask'

/** The retention queue is worked every ten minutes; the task itself is scheduled nightly. */
const RETENTION_AUTORUN = { cron: '*/10 * * * *', queue: RETENTION_QUEUE }

/** Ingestion caches partner keys and answer keys; edits to either must reach it at once. */
const withIngestionCacheHooks = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  switch (collection.slug) {
    case 'assessments':
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), forgetAnswerKeysOnAssessmentChange],
        },
      }
    case 'partners':
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), forgetPrincipalsOnPartnerChange],
          afterDelete: [...(hooks.afterDelete ?? []), forgetPrincipalsOnPartnerDelete],
        },
      }
    default:
      return collection
  }
}

/**
 * Built-in evaluation as a plugin: the raw-event, submission and tally collections, the nightly
 * retention job, and the hooks that keep ingestion's caches of partner keys and answer keys honest. The HTTP routes are
 * mounted by the server (src/server/features.ts).
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
        ...(config.collections ?? []).map(withIngestionCacheHooks),
        EvaluationEvents,
        EvaluationSubmissions,
        EvaluationCells,
      ],
      jobs: {
        ...config.jobs,
        autoRun: [...(autoRun ?? []), RETENTION_AUTORUN],
        tasks: [...(config.jobs?.tasks ?? []), purgeExpiredEventsTask],
      },
    }
  }
