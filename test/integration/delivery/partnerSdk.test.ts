import type { GeneratedTypes } from 'payload'

import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { createPartner } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { startTestServer } from '../../helpers/testServer'

type Sdk = PayloadSDK<GeneratedTypes>

/** The HTTP status an SDK call ended with: 200 when it resolved. */
const statusOf = async (call: Promise<unknown>): Promise<number> =>
  call.then(
    () => 200,
    (error: unknown) => (error instanceof PayloadSDKError ? error.status : 0),
  )

describe('a partner using the official @payloadcms/sdk against the REST API', () => {
  let server: RunningServer
  let ids: BundledIds
  let sdk: Sdk
  let partnerId: number | string

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    const partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      allowedOrigins: ['https://seminars.example.org'],
    })
    partnerId = partner.id
    sdk = new PayloadSDK<GeneratedTypes>({
      baseInit: { headers: partner.headers },
      baseURL: `${server.url}/api`,
    })
    // A draft for the partner's own audience, which it must not see either.
    await server.payload.create({
      collection: 'campaigns',
      data: {
        audiences: [ids.audiences['migrant-workers'] as number],
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'unpublished-draft',
        title: 'Unpublished draft',
      },
      draft: true,
    })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('reads exactly the published campaigns of its audiences', async () => {
    const all = await server.payload.find({
      collection: 'campaigns',
      depth: 0,
      draft: true,
      pagination: false,
    })
    const expected = all.docs
      .filter((campaign) => campaign._status === 'published')
      .filter((campaign) => campaign.audiences.includes(ids.audiences['migrant-workers'] as number))
      .map((campaign) => campaign.slug)
    expect(all.docs.map((campaign) => campaign.slug)).toContain('unpublished-draft')

    const seen = await sdk.find({ collection: 'campaigns', depth: 0, limit: 100 })
    expect(seen.docs.map((campaign) => campaign.slug).sort()).toEqual(expected.sort())
    expect(expected).toEqual(['philippines-pre-departure'])

    const other = ids.campaigns['peru-loreto-child-protection']
    expect(await statusOf(sdk.findByID({ collection: 'campaigns', id: other as number }))).toBe(404)
    expect(await statusOf(sdk.findVersions({ collection: 'campaigns' }))).toBe(403)
  })

  it('reads knowledge checks without correct answers, explanations or sources', async () => {
    const { docs } = await sdk.find({ collection: 'assessments', depth: 0, limit: 10 })
    expect(docs.length).toBeGreaterThan(0)
    for (const assessment of docs) {
      for (const item of assessment.items) {
        expect(item).not.toHaveProperty('explanation')
        expect(item).not.toHaveProperty('source')
        for (const choice of item.choices) expect(choice).not.toHaveProperty('correct')
      }
    }
  })

  it('sees only its own audiences and its own partner record, and no people', async () => {
    const audiences = await sdk.find({ collection: 'audiences', depth: 0 })
    expect(audiences.docs.map((audience) => audience.slug)).toEqual(['migrant-workers'])
    const partners = await sdk.find({ collection: 'partners', depth: 0 })
    expect(partners.docs.map((partner) => partner.id)).toEqual([partnerId])
    expect(await statusOf(sdk.find({ collection: 'users' }))).toBe(403)
  })

  it('cannot write content', async () => {
    const id = ids.campaigns['philippines-pre-departure'] as number
    const create = sdk.create({
      collection: 'campaigns',
      data: {
        audiences: [ids.audiences['migrant-workers'] as number],
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'from-a-partner',
        title: 'From a partner',
      },
    })
    expect(await statusOf(create)).toBe(403)
    const update = sdk.update({ collection: 'campaigns', data: { title: 'Changed' }, id })
    expect(await statusOf(update)).toBe(403)
    expect(await statusOf(sdk.delete({ collection: 'campaigns', id }))).toBe(403)
    const stored = await server.payload.findByID({ collection: 'campaigns', id })
    expect(stored.title).not.toBe('Changed')
  })

  it('loses every read the moment the partner is deactivated', async () => {
    await server.payload.update({ collection: 'partners', data: { active: false }, id: partnerId })
    expect(await statusOf(sdk.find({ collection: 'campaigns', depth: 0 }))).toBe(403)
    expect(await statusOf(sdk.find({ collection: 'assessments' }))).toBe(403)
  })
})
