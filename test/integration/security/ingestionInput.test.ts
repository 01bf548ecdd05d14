import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BatchResult } from '../../../src/evaluation/events/wireEvent'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { EVENTS_SLUG } from '../../../src/evaluation/collections/slugs'
import { createPartner } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import { anEvent, postEvents } from '../../helpers/evaluation'
import { startTestServer } from '../../helpers/testServer'

/** JSON text of a value nested `depth` arrays deep (JSON.stringify itself cannot go so deep). */
const nested = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`

/** A batch body whose first event carries `value` (JSON text) as its respondent. */
const batchWith = (value: string, ...rest: unknown[]) => {
  const first = JSON.stringify(anEvent()).replace(/"respondent":"[^"]*"/, `"respondent":${value}`)
  return `{"events":[${[first, ...rest.map((event) => JSON.stringify(event))].join(',')}]}`
}

/** Odd bodies a hostile or broken sender posts: never a 5xx, never a lost or doubled event. */
describe('POST /api/events with odd input', () => {
  let server: RunningServer
  let partner: { headers: Headers }

  const storedEvents = async () =>
    (await server.payload.count({ collection: EVENTS_SLUG, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    server = await startTestServer()
    const ids = await importBundledCampaigns(server.payload)
    partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences.tourists as number],
    })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('rejects a leap-second occurredAt by itself and keeps the rest of the batch', async () => {
    const good = anEvent()
    const leap = anEvent({ occurredAt: '2016-12-31T23:59:60Z' })
    const posted = await postEvents(server.url, partner.headers, { events: [leap, good] })
    expect(posted.status).toBe(200)
    const result = posted.body as BatchResult
    expect(result.accepted).toBe(1)
    expect(result.rejected).toEqual([
      { errors: [expect.stringMatching(/"occurredAt".*2016-12-31T23:59:60Z/)], index: 0 },
    ])
  })

  it('refuses a body nested thousands deep with a 400, and a merely odd value per event', async () => {
    for (const depth of [5_000, 100_000]) {
      const deep = await postEvents(
        server.url,
        partner.headers,
        batchWith(nested(depth), anEvent()),
      )
      expect(deep.status, `${depth} deep`).toBe(400)
      expect(messageOf(deep.body)).toMatch(/nests more than 100 levels deep/)
    }
    const odd = await postEvents(server.url, partner.headers, batchWith(nested(60), anEvent()))
    expect(odd.status).toBe(200)
    const result = odd.body as BatchResult
    expect(result.accepted).toBe(1)
    expect(result.rejected).toEqual([
      {
        errors: [expect.stringMatching(/^"respondent" must be string, not a list of 1\./)],
        index: 0,
      },
    ])
  })

  it('counts an id once whatever its case or urn:uuid: prefix', async () => {
    const id = randomUUID()
    const before = await storedEvents()
    const forms = [id, id.toUpperCase(), `urn:uuid:${id}`, `URN:UUID:${id.toUpperCase()}`]
    let accepted = 0
    let duplicates = 0
    for (const form of forms) {
      const posted = await postEvents(server.url, partner.headers, {
        events: [anEvent({ id: form, respondent: 'same-respondent' })],
      })
      expect(posted.status).toBe(200)
      const result = posted.body as BatchResult
      expect(result.rejected).toEqual([])
      accepted += result.accepted
      duplicates += result.duplicates
    }
    expect({ accepted, duplicates }).toEqual({ accepted: 1, duplicates: 3 })
    expect((await storedEvents()) - before).toBe(1)
  })
})
