import type { WireEvent } from '../../evaluation/events/wireEvent'

import { postBatch } from './postBatch'

export type AudienceTally = {
  accepted: number
  duplicates: number
  rejected: number
  /** A few rejection reasons, to show what went wrong. */
  reasons: string[]
  sent: number
}

export type SendOptions = {
  batchSize: number
  concurrency: number
  keys: ReadonlyMap<string, string>
  onProgress?: (done: number, total: number, tallies: ReadonlyMap<string, AudienceTally>) => void
  url: string
}

type Batch = { audience: string; events: WireEvent[] }

const REASONS_KEPT = 5

/** Consecutive events of one audience, in order, cut to the batch size. */
export const batchesOf = (events: readonly WireEvent[], size: number): Batch[] => {
  const open = new Map<string, WireEvent[]>()
  const batches: Batch[] = []
  for (const event of events) {
    const current = open.get(event.audience) ?? []
    current.push(event)
    open.set(event.audience, current)
    if (current.length === size) {
      batches.push({ audience: event.audience, events: current })
      open.delete(event.audience)
    }
  }
  for (const [audience, rest] of open) batches.push({ audience, events: rest })
  return batches
}

/**
 * Sends events over HTTP, each audience with its own partner key, a few batches at a time, and
 * tallies the server's answers per audience.
 */
export const sendPopulation = async (
  events: readonly WireEvent[],
  { batchSize, concurrency, keys, onProgress, url }: SendOptions,
): Promise<Map<string, AudienceTally>> => {
  const batches = batchesOf(events, batchSize)
  const tallies = new Map<string, AudienceTally>()
  let next = 0
  let done = 0

  const worker = async () => {
    while (next < batches.length) {
      const { audience, events: batch } = batches[next++]
      const key = keys.get(audience)
      const tally = tallies.get(audience) ?? {
        accepted: 0,
        duplicates: 0,
        reasons: [],
        rejected: 0,
        sent: 0,
      }
      tallies.set(audience, tally)
      tally.sent += batch.length
      if (!key) {
        tally.rejected += batch.length
        if (tally.reasons.length < REASONS_KEPT)
          tally.reasons.push('no partner key for this audience')
      } else {
        const result = await postBatch(url, key, batch)
        tally.accepted += result.accepted
        tally.duplicates += result.duplicates
        tally.rejected += result.rejected.length
        for (const rejection of result.rejected) {
          if (tally.reasons.length < REASONS_KEPT) tally.reasons.push(rejection.errors.join('; '))
        }
      }
      done += batch.length
      onProgress?.(done, events.length, tallies)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return tallies
}
