import type { Payload, TaskConfig } from 'payload'

import { randomUUID } from 'node:crypto'

import { leasesFor } from '../evaluation/forwarding/leasesFor'

/** Payload does not export the type of a schedule's beforeSchedule hook; it is this. */
type BeforeScheduleFn = NonNullable<
  NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']
>

const JOB_RUNNER_LEASE = 'jobs:runner'

/**
 * Every tick of every queue renews it (forwarding's ticks every few seconds, when on), and an
 * instance that died hands it on this long after its last tick.
 */
export const JOB_RUNNER_LEASE_MS = 20_000

const holders = new WeakMap<Payload, string>()
const holderOf = (payload: Payload): string => {
  let holder = holders.get(payload)
  if (!holder) holders.set(payload, (holder = randomUUID()))
  return holder
}

/**
 * Whether this instance is the one that schedules and runs jobs. Payload's queue alone would let
 * every instance do both: its scheduler counts the queued jobs and then queues one (two
 * instances at the same tick both count none), and a run finds its jobs and then marks them
 * processing (two runs can find the same job). So one instance at a time holds a lease in the
 * database and does both; the others skip their ticks until it stops renewing it.
 */
export const isTheJobRunner = (payload: Payload): Promise<boolean> =>
  leasesFor(payload).take(JOB_RUNNER_LEASE, holderOf(payload), JOB_RUNNER_LEASE_MS)

/** A stopping instance gives the lease back, so another one runs the jobs at its next tick. */
export const stopRunningJobs = async (payload: Payload): Promise<void> => {
  const holder = holders.get(payload)
  if (!holder) return
  await leasesFor(payload).release(JOB_RUNNER_LEASE, holder, { failures: 0, notBefore: new Date() })
}

/** A schedule's beforeSchedule: only the job runner queues, then as `next` (Payload's default). */
export const scheduleOnTheJobRunner =
  (next?: BeforeScheduleFn): BeforeScheduleFn =>
  async (args) =>
    (await isTheJobRunner(args.req.payload))
      ? (next ?? args.defaultBeforeSchedule)(args)
      : { input: {}, shouldSchedule: false }
