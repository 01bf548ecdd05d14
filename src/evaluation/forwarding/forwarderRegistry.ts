import type { Payload } from 'payload'

import type { Forwarder } from './forwarder'

import { readEnvironment } from '../../environment'
import { createForwarder } from './createForwarder'

const forwarders = new WeakMap<Payload, Forwarder>()

/**
 * The forwarder of a running server, one per Payload instance: every route that accepts events
 * (ingestion, field upload) hands them to the same queue, and the server flushes it on close.
 */
export const forwarderFor = (payload: Payload): Forwarder => {
  let forwarder = forwarders.get(payload)
  if (!forwarder) {
    forwarder = createForwarder(readEnvironment(), {
      logger: { warn: (message) => payload.logger.warn(message) },
    })
    forwarders.set(payload, forwarder)
  }
  return forwarder
}

/** Sends what is still queued; the server calls it once no request is in flight any more. */
export const shutdownForwarderOf = async (payload: Payload): Promise<void> => {
  const forwarder = forwarders.get(payload)
  forwarders.delete(payload)
  await forwarder?.shutdown()
}
