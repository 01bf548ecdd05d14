import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { createPartner, signInAs } from '../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

describe('scheduled publishing', () => {
  let server: RunningServer
  let ids: BundledIds

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('publishes a draft at its time through the job queue, and only then do partners see it', async () => {
    const editor = await signInAs(server.payload, server.url, 'editor')
    const partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences.tourists as number],
    })
    const created = await fetch(`${server.url}/api/campaigns?draft=true`, {
      body: JSON.stringify({
        audiences: [ids.audiences.tourists],
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'airport-posters',
        title: 'Airport posters',
      }),
      headers: { ...editor.headers, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { _status: string; id: number } }
    expect(doc._status).toBe('draft')

    const partnerSees = async () => {
      const response = await fetch(`${server.url}/api/campaigns?depth=0&limit=50`, {
        headers: partner.headers,
      })
      const { docs } = (await response.json()) as { docs: { slug: string }[] }
      return docs.map((campaign) => campaign.slug)
    }
    expect(await partnerSees()).not.toContain('airport-posters')

    const editorUser = await server.payload.findByID({ collection: 'users', id: editor.id })
    const publishAt = new Date(Date.now() + 60_000)
    await server.payload.jobs.queue({
      input: {
        doc: { relationTo: 'campaigns', value: doc.id },
        type: 'publish',
        user: { relationTo: 'users', value: editorUser.id },
      },
      task: 'schedulePublish',
      waitUntil: publishAt,
    })

    await server.payload.jobs.run()
    expect(await partnerSees()).not.toContain('airport-posters')

    // The job queue (run every minute by the server's cron) picks the job up once it is due.
    await server.payload.update({
      collection: 'payload-jobs',
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    await server.payload.jobs.run()
    expect(await partnerSees()).toContain('airport-posters')
  })
})
