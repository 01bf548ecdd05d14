import { validate } from '@readme/openapi-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { createPartner } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { deliveryGet } from '../../helpers/delivery'
import { openApiValidator } from '../../helpers/openApiValidator'
import { startTestServer } from '../../helpers/testServer'

type OpenApi = { components: { schemas: object }; openapi: string; paths: Record<string, object> }

describe('the OpenAPI document', () => {
  let server: RunningServer
  let ids: BundledIds
  let document: OpenApi

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    const response = await fetch(`${server.url}/api/openapi.json`)
    expect(response.status).toBe(200)
    document = (await response.json()) as OpenApi
  })
  afterAll(async () => {
    await server?.close()
  })

  it('is a valid OpenAPI 3.1 document covering delivery, events and reports', async () => {
    const result = await validate(structuredClone(document) as never)
    expect(result.valid ? [] : result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/delivery/campaigns',
        '/api/delivery/campaigns/{slug}',
        '/api/events',
        '/api/reports/campaigns/{idOrSlug}',
        '/api/reports/campaigns/{idOrSlug}/submissions',
        '/api/reports/campaigns/{idOrSlug}/submissions/codebook',
      ]),
    )
  })

  it('describes every real delivery answer: each campaign in each of its languages, and the errors', async () => {
    const check = openApiValidator(document)
    const partner = await createPartner(server.payload, {
      allowedAudiences: Object.values(ids.audiences) as number[],
    })
    const list = await deliveryGet(server.url, 'campaigns', partner.headers)
    expect(check('CampaignList', list.body)).toEqual([])
    const campaigns = (list.body as { campaigns: { locales: string[]; slug: string }[] }).campaigns
    expect(campaigns).toHaveLength(3)
    for (const campaign of campaigns) {
      for (const locale of [...campaign.locales, 'ur']) {
        const one = await deliveryGet(
          server.url,
          `campaigns/${campaign.slug}?locale=${locale}`,
          partner.headers,
        )
        expect(one.status).toBe(200)
        expect(check('Campaign', one.body), `${campaign.slug} ${locale}`).toEqual([])
      }
    }

    const narrow = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences.tourists as number],
    })
    const errors = [
      await deliveryGet(server.url, 'campaigns', {}),
      await deliveryGet(server.url, 'campaigns?locale=xx', partner.headers),
      await deliveryGet(server.url, 'campaigns/philippines-pre-departure', narrow.headers),
      await deliveryGet(server.url, 'campaigns/unknown', partner.headers),
    ]
    expect(errors.map((answer) => answer.status)).toEqual([401, 400, 403, 404])
    for (const answer of errors) expect(check('Error', answer.body)).toEqual([])
  })

  it('rejects an answer that breaks the contract (the check can fail)', () => {
    const check = openApiValidator(document)
    expect(check('Campaign', { slug: 'x' }).length).toBeGreaterThan(0)
    expect(
      check('KnowledgeCheck', {
        assessment: 1,
        items: [
          {
            choices: [{ correct: true, key: 'a', label: 'A' }],
            domain: 'd',
            key: 'k',
            multiple: false,
            question: 'Q',
          },
        ],
        revision: 1,
        slug: 's',
        title: 't',
      }),
    ).toEqual(
      expect.arrayContaining([expect.objectContaining({ keyword: 'additionalProperties' })]),
    )
  })
})
