import { randomUUID } from 'node:crypto'

import type { ForwardedEvent } from '../../../src/evaluation/forwarding/forwarder'

/** Accepted events as ingestion hands them to a forwarder. */
export const forwardedEvents = (count: number, overrides: Partial<ForwardedEvent> = {}) =>
  Array.from({ length: count }, (_, index): ForwardedEvent => ({
    audience: 'migrant-workers',
    campaign: 'philippines-pre-departure',
    channel: 'seminar',
    distinctId: `pseudonym-${index}`,
    id: randomUUID(),
    locale: 'tl',
    occurredAt: new Date(Date.UTC(2026, 2, 1, 9, 0, index)).toISOString(),
    partner: 'partner-7',
    phase: index % 2 === 0 ? 'pre' : null,
    type: index % 2 === 0 ? 'assessment' : 'impression',
    ...overrides,
  }))
