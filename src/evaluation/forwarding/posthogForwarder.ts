import type { ForwardedEvent, Forwarder } from './forwarder'
import type { ForwardingTuning } from './forwardingTuning'

import { countingTransport, type Transport } from './countingTransport'
import { DeliveryLedger } from './deliveryLedger'
import { retryDelayMs } from './forwardingTuning'
import { QuietPosthogClient } from './quietPosthogClient'
import { toPosthogMessage } from './toPosthogMessage'

export type ForwardingLogger = { warn: (message: string) => void }

export type PosthogForwarderOptions = {
  apiKey: string
  host: string
  logger: ForwardingLogger
  /** Replaces the network (the default is the global fetch). */
  transport?: Transport
  tuning: ForwardingTuning
}

const WARNING_INTERVAL_MS = 60_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

const reasonOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}

/**
 * Sends accepted events to PostHog with posthog-node. Its own flush timer and retries are off:
 * this forwarder decides when to send and when to try again (with back-off), so that a PostHog
 * outage costs ingestion nothing and loses nothing until the in-memory queue is full.
 */
export const createPosthogForwarder = ({
  apiKey,
  host,
  logger,
  transport,
  tuning,
}: PosthogForwarderOptions): Forwarder => {
  const ledger = new DeliveryLedger()
  const client = new QuietPosthogClient(apiKey, {
    disableGeoip: true,
    fetch: countingTransport(ledger, transport),
    fetchRetryCount: 0,
    flushAt: tuning.batchSize,
    flushInterval: 0,
    host,
    maxBatchSize: tuning.batchSize,
    maxQueueSize: tuning.maxQueued + tuning.batchSize,
    requestTimeout: tuning.requestTimeoutMs,
  })

  let timer: NodeJS.Timeout | undefined
  let failuresInARow = 0
  let shuttingDown: Promise<void> | undefined
  let lastWarningAt = 0

  const warn = (message: string) => {
    const now = Date.now()
    if (now - lastWarningAt < WARNING_INTERVAL_MS) return
    lastWarningAt = now
    logger.warn(message)
  }

  client.on('error', (error: unknown) => {
    warn(
      `Forwarding to PostHog failed (${reasonOf(error)}); ${ledger.queued()} events wait for the ` +
        `next attempt. Ingestion is not affected.`,
    )
  })

  const sendQueued = async (): Promise<boolean> => {
    try {
      await client.flush()
      failuresInARow = 0
      return true
    } catch {
      failuresInARow += 1
      return false
    }
  }

  const flushLater = (delayMs: number) => {
    if (timer || shuttingDown) return
    timer = setTimeout(async () => {
      await sendQueued()
      timer = undefined
      if (ledger.queued() > 0) {
        flushLater(
          failuresInARow > 0 ? retryDelayMs(tuning, failuresInARow) : tuning.flushIntervalMs,
        )
      }
    }, delayMs).unref()
  }

  const forward = (events: ForwardedEvent[]): void => {
    try {
      for (const event of events) {
        if (shuttingDown || ledger.queued() >= tuning.maxQueued) {
          ledger.dropped(1)
          continue
        }
        const message = toPosthogMessage(event)
        ledger.handedOver(message.uuid)
        client.capture(message)
      }
      if (ledger.queued() > 0) flushLater(tuning.flushIntervalMs)
    } catch (error) {
      warn(`Could not queue events for PostHog: ${reasonOf(error)}`)
    }
  }

  /** Keeps trying until the queue is empty or the shutdown timeout has passed. */
  const drain = async () => {
    clearTimeout(timer)
    const deadline = Date.now() + tuning.shutdownTimeoutMs
    const timeLeft = () => deadline - Date.now()
    while (ledger.queued() > 0 && timeLeft() > 0) {
      const sent = await Promise.race([sendQueued(), sleep(timeLeft()).then(() => false)])
      if (!sent && timeLeft() > 0)
        await sleep(Math.min(timeLeft(), retryDelayMs(tuning, failuresInARow)))
    }
    if (ledger.queued() === 0) await client.shutdown(Math.max(1, timeLeft()))
    else {
      logger.warn(
        `${ledger.queued()} events could not be forwarded to PostHog before shutdown; ` +
          `they are in Aware's own store and reports, but missing from PostHog.`,
      )
    }
  }

  return {
    forward,
    shutdown: () => (shuttingDown ??= drain()),
    stats: () => ledger.stats(),
  }
}
