import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { createPartner } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import { anEvent, postEvents } from '../../helpers/evaluation'
import { uploadCsv } from '../../helpers/fieldUpload'
import { startTestServer } from '../../helpers/testServer'

// Read when the server mounts its routes.
process.env.EVENT_RATE_LIMIT_BATCHES = '3'
process.env.EVENT_RATE_LIMIT_WINDOW_SECONDS = '60'

describe('the rate limit on POST /api/events', () => {
  let server: RunningServer
  let first: Headers
  let second: Headers
  let third: Headers

  beforeAll(async () => {
    server = await startTestServer()
    const ids = await importBundledCampaigns(server.payload)
    const tourists = [ids.audiences.tourists as number]
    first = (await createPartner(server.payload, { allowedAudiences: tourists })).headers
    second = (await createPartner(server.payload, { allowedAudiences: tourists })).headers
    third = (await createPartner(server.payload, { allowedAudiences: tourists })).headers
  })
  afterAll(async () => {
    await server?.close()
  })

  it('answers 429 with Retry-After once a key has used its batches, and counts each key apart', async () => {
    for (let batch = 0; batch < 3; batch += 1) {
      expect((await postEvents(server.url, first, { events: [anEvent()] })).status).toBe(200)
    }
    const refused = await postEvents(server.url, first, { events: [anEvent()] })
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(messageOf(refused.body)).toMatch(/Too many batches from this key; retry after \d+ s/)
    expect((await postEvents(server.url, second, { events: [anEvent()] })).status).toBe(200)
  })

  it('counts field uploads to /api/events/import against the same batches', async () => {
    const csv = 'respondent,phase\r\n'
    expect((await postEvents(server.url, third, { events: [anEvent()] })).status).toBe(200)
    for (let upload = 0; upload < 2; upload += 1) {
      expect((await uploadCsv(server.url, third, csv)).status).not.toBe(429)
    }
    const refused = await uploadCsv(server.url, third, csv)
    expect(refused.status).toBe(429)
    expect(messageOf(refused.body)).toMatch(/Too many batches from this key; retry after \d+ s/)
    expect((await postEvents(server.url, third, { events: [anEvent()] })).status).toBe(429)
  })
})
