import { describe, expect, it } from 'vitest'

import {
  posthogUuidOf,
  toPosthogMessage,
} from '../../../src/evaluation/forwarding/toPosthogMessage'
import { forwardedEvents } from './forwardedEvents'

describe('what PostHog receives for an event', () => {
  it('carries the pseudonym, the event id and only the allowed properties', () => {
    const [event] = forwardedEvents(1)
    expect(toPosthogMessage(event)).toEqual({
      disableGeoip: true,
      distinctId: event.distinctId,
      event: 'aware_assessment',
      properties: {
        $process_person_profile: false,
        audience: 'migrant-workers',
        campaign: 'philippines-pre-departure',
        channel: 'seminar',
        locale: 'tl',
        partner: 'partner-7',
        phase: 'pre',
      },
      timestamp: new Date(event.occurredAt),
      uuid: event.id,
    })
  })

  it('drops anything added to an event beyond the contract', () => {
    const [event] = forwardedEvents(1)
    const withAnswers = { ...event, answers: { 'fee-cap': 'a' }, respondent: 'device-123' }
    const message = toPosthogMessage(withAnswers)
    expect(JSON.stringify(message)).not.toContain('device-123')
    expect(JSON.stringify(message)).not.toContain('fee-cap')
  })

  it('gives an event id that is not a UUID the same UUID every time', () => {
    const uuid = posthogUuidOf('row-17')
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(posthogUuidOf('row-17')).toBe(uuid)
    expect(posthogUuidOf('row-18')).not.toBe(uuid)
  })
})
