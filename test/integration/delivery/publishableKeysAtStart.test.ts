import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { isPublishableKey } from '../../../src/partners/publishableKey'
import { loadPayload } from '../../../src/server/loadPayload'
import { createPartner } from '../../helpers/accounts'

/**
 * Partners stored before publishable keys existed (or by a database import) have none; the start
 * step delivery's plugin names (src/delivery/plugin.ts) gives them one, and keeps everyone else's.
 */
describe('publishable keys at start', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
  })

  it('issues one to a partner stored without, at the next start, and keeps the others', async () => {
    const without = await createPartner(payload, { organisation: 'Stored before keys' })
    const kept = await createPartner(payload, { organisation: 'Has a key' })
    // Straight to the database, as an older version or an import left it: no hook runs.
    await payload.db.updateOne({
      collection: 'partners',
      data: { publishableKey: '' },
      where: { id: { equals: without.id } },
    })

    await loadPayload()

    const issued = await payload.findByID({ collection: 'partners', depth: 0, id: without.id })
    expect(isPublishableKey(issued.publishableKey ?? '')).toBe(true)
    const still = await payload.findByID({ collection: 'partners', depth: 0, id: kept.id })
    expect(still.publishableKey).toBe(kept.publishableKey)
  })
})
