import type { CollectionConfig, Config, Plugin } from 'payload'

import { EvaluationCells } from './collections/EvaluationCells'
import { EvaluationEvents } from './collections/EvaluationEvents'
import { EvaluationSubmissions } from './collections/EvaluationSubmissions'
import { forgetPrincipalsOnPartnerChange } from './hooks/forgetPrincipalsOnPartnerChange'
import { forgetPrincipalsOnPartnerDelete } from './hooks/forgetPrincipalsOnPartnerDelete'
import { purgeExpiredEventsTask, RETENTION_QUEUE } from './retention/purgeExpiredEventsTask'

/** The retention queue is worked every ten minutes; the task itself is scheduled nightly. */
const RETENTION_AUTORUN = { cron: '*/10 * * * *', queue: RETENTION_QUEUE }

const withPartnerCacheHooks = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'partners'
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), forgetPrincipalsOnPartnerChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), forgetPrincipalsOnPartnerDelete],
        },
      }

/**
 * Built-in evaluation as a plugin: the raw-event, submission and tally collections, the nightly
 * retention job, and the partner hook that keeps the API-key cache honest. The HTTP routes are
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
        ...(config.collections ?? []).map(withPartnerCacheHooks),
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
