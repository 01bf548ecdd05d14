import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignResponse } from '../../helpers/deliveryTypes'
import type { RunningServer } from '../../../src/server/startServer'

import { bodyToLexical } from '../../../src/packs/lexical'
import { createPartner } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { deliveryGet } from '../../helpers/delivery'
import { startTestServer } from '../../helpers/testServer'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

describe("a campaign's images on partner pages", () => {
  let server: RunningServer
  let ids: BundledIds

  const upload = async (name: string) =>
    server.payload.create({
      collection: 'media',
      data: { alt: 'A recruitment poster' },
      file: { data: PNG, mimetype: 'image/png', name, size: PNG.length },
    })

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('are served without a key while a published campaign shows them, and only then', async () => {
    const poster = await upload('poster.png')
    const unused = await upload('unused.png')
    const partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    const campaign = await server.payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences: [ids.audiences['migrant-workers'] as number],
        body: bodyToLexical([
          { paragraph: 'Look for the licence number on every poster.' },
          { image: { caption: 'A lawful recruitment poster', media: poster.id } },
        ]) as never,
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'poster-campaign',
        title: 'Posters',
      },
    })

    const { body } = await deliveryGet(
      server.url,
      'campaigns/poster-campaign?locale=en',
      partner.headers,
    )
    const html = (body as CampaignResponse).body.html
    expect(html).toContain(`<img src="/media/${poster.filename}" alt="A recruitment poster"`)

    const image = await fetch(`${server.url}/media/${poster.filename}`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true)

    for (const other of [unused.filename, '..%2Fpayload.config.ts', 'nothing.png']) {
      const refused = await fetch(`${server.url}/media/${other}`)
      expect(refused.status).toBe(404)
      expect(((await refused.json()) as { errors: unknown[] }).errors).toHaveLength(1)
    }
    const api = await fetch(`${server.url}/api/media/file/${poster.filename}`)
    expect(api.status).toBe(403)

    await server.payload.update({
      collection: 'campaigns',
      data: { _status: 'draft' },
      id: campaign.id,
    })
    await expect
      .poll(async () => (await fetch(`${server.url}/media/${poster.filename}`)).status)
      .toBe(404)
  })
})
