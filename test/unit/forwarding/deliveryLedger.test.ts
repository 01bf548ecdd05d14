import { describe, expect, it } from 'vitest'

import { DeliveryLedger } from '../../../src/evaluation/forwarding/deliveryLedger'

describe('the delivery ledger', () => {
  it('counts an event forwarded once, however often it was sent', () => {
    const ledger = new DeliveryLedger()
    for (const id of ['a', 'b']) ledger.handedOver(id)
    ledger.attempted(['a', 'b'])
    ledger.failed(['a', 'b'], { permanent: false })
    expect(ledger.stats()).toEqual({ failed: 2, forwarded: 0, queued: 2, retried: 0 })

    ledger.attempted(['a', 'b'])
    ledger.delivered(['a', 'b'])
    ledger.delivered(['a'])
    expect(ledger.stats()).toEqual({ failed: 2, forwarded: 2, queued: 0, retried: 2 })
  })

  it('gives up on events PostHog refused for good', () => {
    const ledger = new DeliveryLedger()
    ledger.handedOver('a')
    ledger.attempted(['a'])
    ledger.failed(['a'], { permanent: true })
    expect(ledger.stats()).toEqual({ failed: 1, forwarded: 0, queued: 0, retried: 0 })
  })

  it('counts events dropped before any request as failed', () => {
    const ledger = new DeliveryLedger()
    ledger.dropped(3)
    expect(ledger.stats()).toEqual({ failed: 3, forwarded: 0, queued: 0, retried: 0 })
  })
})
