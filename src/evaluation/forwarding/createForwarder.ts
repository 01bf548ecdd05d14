import type { Environment } from '../../environment'
import type { Forwarder } from './forwarder'
import type { ForwardingLogger } from './posthogForwarder'

import { noForwarding } from './forwarder'
import { defaultForwardingTuning, type ForwardingTuning } from './forwardingTuning'
import { createPosthogForwarder } from './posthogForwarder'

export type CreateForwarderOptions = {
  logger?: ForwardingLogger
  tuning?: Partial<ForwardingTuning>
}

/** PostHog forwarding when POSTHOG_API_KEY is set; otherwise accepted events go nowhere else. */
export const createForwarder = (
  environment: Pick<Environment, 'posthogApiKey' | 'posthogHost'>,
  { logger = console, tuning }: CreateForwarderOptions = {},
): Forwarder =>
  environment.posthogApiKey
    ? createPosthogForwarder({
        apiKey: environment.posthogApiKey,
        host: environment.posthogHost,
        logger,
        tuning: { ...defaultForwardingTuning, ...tuning },
      })
    : noForwarding
