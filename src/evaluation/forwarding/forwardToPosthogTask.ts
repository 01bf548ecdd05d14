import type { TaskConfig } from 'payload'

import { settingsOf } from '../../settingsOf'
import { scheduleOnTheJobRunner } from '../../jobs/jobRunner'
import { runForwarding } from './forwarding'

export const FORWARDING_TASK_SLUG = 'forwardToPosthog'

/** Its own queue, so forwarding never waits behind scheduled publishing or retention. */
export const FORWARDING_QUEUE = 'evaluation-forwarding'

type ForwardingInputOutput = { input: object; output: { outcome: string; sent: number } }

/**
 * Forwards the outbox to PostHog, every few seconds on Payload's job queue (queued and run by the
 * one job runner, jobRunner.ts; the database lease in forwardOutbox.ts also lets one sender send
 * at a time, however a run was started). A failure is not the
 * job's failure: the rows stay queued and the back-off is in the lease, so no retries here.
 */
export const forwardToPosthogTask = (
  intervalSeconds: number,
): TaskConfig<ForwardingInputOutput> => ({
  slug: FORWARDING_TASK_SLUG,
  handler: async ({ req }) => {
    const run = await runForwarding(req.payload)
    return {
      output: {
        outcome: run?.outcome ?? 'disabled',
        sent: run && 'sent' in run ? run.sent : 0,
      },
    }
  },
  label: 'Forward accepted events to PostHog',
  outputSchema: [
    { name: 'outcome', type: 'text', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  retries: 0,
  schedule: [
    {
      cron: `*/${intervalSeconds} * * * * *`,
      // Nothing is queued (no job rows every few seconds) while POSTHOG_API_KEY is unset.
      // Queued by the job runner only (jobRunner.ts).
      hooks: {
        beforeSchedule: async (args) =>
          settingsOf(args.req.payload).posthogApiKey
            ? scheduleOnTheJobRunner()(args)
            : { input: {}, shouldSchedule: false },
      },
      queue: FORWARDING_QUEUE,
    },
  ],
})
