import type { TaskConfig } from 'payload'

import { settingsOf } from '../../settingsOf'
import { scheduleOnTheJobRunner } from '../../jobs/jobRunner'
import { eventStoreFor } from '../store/eventStoreFor'
import { retentionCutoff } from './retentionCutoff'

export const PURGE_TASK_SLUG = 'purgeExpiredEvents'

/** Its own queue, so the autorun that works it never waits behind other jobs. */
export const RETENTION_QUEUE = 'evaluation-retention'

type PurgeInputOutput = { input: object; output: { cutoff: string; purged: number } }

/**
 * Deletes raw events older than EVENT_RETENTION_DAYS, every night. Reports read only the tallies
 * and submissions, which it never touches, so no figure changes.
 */
export const purgeExpiredEventsTask: TaskConfig<PurgeInputOutput> = {
  slug: PURGE_TASK_SLUG,
  handler: async ({ req }) => {
    const cutoff = retentionCutoff(new Date(), settingsOf(req.payload).eventRetentionDays)
    const purged = await eventStoreFor(req.payload).purgeEventsReceivedBefore(cutoff)
    req.payload.logger.info({ cutoff, msg: 'Purged expired evaluation events', purged })
    return { output: { cutoff: cutoff.toISOString(), purged } }
  },
  label: 'Purge evaluation events past retention',
  outputSchema: [
    { name: 'cutoff', type: 'text', required: true },
    { name: 'purged', type: 'number', required: true },
  ],
  retries: 2,
  // Queued once across instances: by the job runner only (jobRunner.ts).
  schedule: [
    {
      cron: '0 3 * * *',
      hooks: { beforeSchedule: scheduleOnTheJobRunner() },
      queue: RETENTION_QUEUE,
    },
  ],
}
