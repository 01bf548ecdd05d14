import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CampaignList, CampaignResponse } from '../../helpers/deliveryTypes'
import type { RunningServer } from '../../../src/server/startServer'

import { createPartner, signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { deliveryGet, messageOf } from '../../helpers/delivery'
import { startTestServer } from '../../helpers/testServer'

const PH = 'philippines-pre-departure'
const PARTNER_ORIGIN = 'https://seminars.example.org'

describe('the delivery API', () => {
  let server: RunningServer
  let ids: BundledIds
  let migrantPartner: Awaited<ReturnType<typeof createPartner>>

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    migrantPartner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      allowedOrigins: [PARTNER_ORIGIN],
    })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('lists only the running campaigns of the partner’s audiences', async () => {
    const { body, status } = await deliveryGet(
      server.url,
      'campaigns?locale=tl',
      migrantPartner.headers,
    )
    expect(status).toBe(200)
    const list = body as CampaignList
    expect(list.audiences).toEqual(['migrant-workers'])
    expect(list.campaigns.map((campaign) => campaign.slug)).toEqual([PH])
    expect(list.campaigns[0]).toMatchObject({ dir: 'ltr', fallback: false, locale: 'tl' })
    expect(list.campaigns[0].locales.sort()).toEqual(['ar', 'en', 'tl'])
  })

  it('serves one campaign in Arabic, right to left, with the body as sanitized HTML and Lexical', async () => {
    const { body, headers, status } = await deliveryGet(
      server.url,
      `campaigns/${PH}?locale=ar&audience=migrant-workers`,
      migrantPartner.headers,
    )
    expect(status).toBe(200)
    const campaign = body as CampaignResponse
    expect(campaign).toMatchObject({ dir: 'rtl', fallback: false, locale: 'ar', slug: PH })
    expect(campaign.title).toBe('قبل أن تسافر: التوظيف الآمن وحقوقك في الخارج')
    expect(headers.get('content-language')).toBe('ar')
    expect(campaign.body.lexical?.root.children?.length).toBeGreaterThan(5)
    expect(campaign.body.html).toContain('<h2>قبل أن تسافر')
    expect(campaign.body.html).toContain('class="aware-warning-signs"')
    expect(campaign.body.html).not.toMatch(/<script|style=|onclick/i)
    // Numbers inside right-to-left text are isolated, so they are not read backwards.
    expect(campaign.body.html).toMatch(
      /<p class="aware-hotline-phone"><a href="tel:[+\d]+"><bdi dir="ltr">[+\d][^<]*<\/bdi>/,
    )
  })

  it('falls back to English and says so when a translation is missing', async () => {
    const { body } = await deliveryGet(
      server.url,
      `campaigns/${PH}?locale=fr`,
      migrantPartner.headers,
    )
    const campaign = body as CampaignResponse
    expect(campaign).toMatchObject({ dir: 'ltr', fallback: true, locale: 'en' })
    expect(campaign.title).toBe('Before you go: safe recruitment and your rights abroad')
  })

  it('gives the hotlines from the body’s hotline blocks, none of them unverified', async () => {
    const { body } = await deliveryGet(
      server.url,
      `campaigns/${PH}?locale=en`,
      migrantPartner.headers,
    )
    const { hotlines } = body as CampaignResponse
    expect(hotlines[0]).toMatchObject({ country: 'PH', placeholder: false, telephone: '1343' })
    // A campaign with a placeholder hotline cannot be published (test/integration/editorial).
    expect(hotlines.map((hotline) => hotline.country)).toEqual(['PH', 'PH', 'AE', 'SA', 'QA'])
    expect(hotlines.every((hotline) => !hotline.placeholder && hotline.telephone)).toBe(true)
  })

  it('gives the knowledge check without answers, with the assessment id and revision', async () => {
    const { body } = await deliveryGet(
      server.url,
      `campaigns/${PH}?locale=tl`,
      migrantPartner.headers,
    )
    const { knowledgeCheck } = body as CampaignResponse
    const stored = await server.payload.find({
      collection: 'assessments',
      where: { slug: { equals: 'philippines-pre-departure-check' } },
    })
    expect(knowledgeCheck).toMatchObject({
      assessment: stored.docs[0].id,
      revision: stored.docs[0].revision,
    })
    expect(knowledgeCheck?.items).toHaveLength(stored.docs[0].items.length)
    const text = JSON.stringify(knowledgeCheck)
    expect(text).not.toMatch(/"correct"|"explanation"|"source"/)
    expect(knowledgeCheck?.items[0].question).toBe(
      'Kung pinapayagan ang placement fee, magkano ang pinakamalaking maaaring singilin sa iyo ng lisensyadong ahensya?',
    )
  })

  it('gives the follow-up setting: null until an editor sets days, 7 to 365 or a clear refusal', async () => {
    const read = async () =>
      (
        (await deliveryGet(server.url, `campaigns/${PH}?locale=en`, migrantPartner.headers))
          .body as CampaignResponse
      ).followUpDays
    expect(await read()).toBeNull()
    for (const days of [3, 400, 10.5]) {
      await expect(
        server.payload.update({
          collection: 'campaigns',
          data: { followUpDays: days },
          id: ids.campaigns[PH],
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [
            {
              message: 'The follow-up is a whole number of days from 7 to 365, or empty for none.',
              path: 'followUpDays',
            },
          ],
        },
      })
    }
    await server.payload.update({
      collection: 'campaigns',
      data: { followUpDays: 30 },
      id: ids.campaigns[PH],
    })
    await expect.poll(read).toBe(30)
    await server.payload.update({
      collection: 'campaigns',
      data: { followUpDays: null },
      id: ids.campaigns[PH],
    })
    await expect.poll(read).toBeNull()
  })

  it('answers If-None-Match with 304 and sends Cache-Control', async () => {
    const first = await deliveryGet(server.url, `campaigns/${PH}?locale=en`, migrantPartner.headers)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toBe('private, max-age=60')
    const again = await deliveryGet(server.url, `campaigns/${PH}?locale=en`, {
      ...migrantPartner.headers,
      'If-None-Match': etag as string,
    })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const other = await deliveryGet(server.url, `campaigns/${PH}?locale=tl`, {
      ...migrantPartner.headers,
      'If-None-Match': etag as string,
    })
    expect(other.status).toBe(200)
  })

  it('allows CORS only for the partner’s own origins, preflight included', async () => {
    const allowed = await deliveryGet(server.url, 'campaigns', {
      ...migrantPartner.publishableHeaders,
      Origin: PARTNER_ORIGIN,
    })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
    // The publishable key is in every partner page: it works only there.
    const foreign = await deliveryGet(server.url, 'campaigns', {
      ...migrantPartner.publishableHeaders,
      Origin: 'https://elsewhere.example.com',
    })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect(messageOf(foreign.body)).toMatch(/only in pages on your allowed origins/)
    const server2server = await deliveryGet(
      server.url,
      'campaigns',
      migrantPartner.publishableHeaders,
    )
    expect(server2server.status).toBe(403)
    expect(messageOf(server2server.body)).toMatch(/sign with the secret key/)
    // The secret key works from servers, and never from a page.
    expect((await deliveryGet(server.url, 'campaigns', migrantPartner.headers)).status).toBe(200)
    const leaked = await deliveryGet(server.url, 'campaigns', {
      ...migrantPartner.headers,
      Origin: PARTNER_ORIGIN,
    })
    expect(leaked.status).toBe(403)
    expect(messageOf(leaked.body)).toMatch(/secret key: it must never be in a web page/)

    const preflight = (origin: string) =>
      fetch(`${server.url}/api/delivery/campaigns/${PH}`, {
        headers: {
          'Access-Control-Request-Headers': 'authorization',
          'Access-Control-Request-Method': 'GET',
          Origin: origin,
        },
        method: 'OPTIONS',
      })
    const ok = await preflight(PARTNER_ORIGIN)
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
    expect(ok.headers.get('access-control-allow-headers')).toContain('Authorization')
    const refused = await preflight('https://elsewhere.example.com')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    expect(messageOf(await refused.json())).toContain('not an allowed origin')
  })

  it('refuses a missing, invalid, non-partner or deactivated key with 401 and a message', async () => {
    const missing = await deliveryGet(server.url, 'campaigns', {})
    expect(missing.status).toBe(401)
    expect(messageOf(missing.body)).toContain('Authorization: partners API-Key')

    const invalid = await deliveryGet(server.url, 'campaigns', {
      Authorization: 'partners API-Key not-a-real-key',
    })
    expect(invalid.status).toBe(401)
    expect(messageOf(invalid.body)).toContain('not valid')

    const editor = await signInAs(server.payload, server.url, 'editor')
    const staff = await deliveryGet(server.url, 'campaigns', editor.headers)
    expect(staff.status).toBe(401)
    expect(messageOf(staff.body)).toContain('partner API key')

    const revoked = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    expect((await deliveryGet(server.url, 'campaigns', revoked.headers)).status).toBe(200)
    await server.payload.update({ collection: 'partners', data: { active: false }, id: revoked.id })
    const afterRevoke = await deliveryGet(server.url, 'campaigns', revoked.headers)
    expect(afterRevoke.status).toBe(401)
    expect(messageOf(afterRevoke.body)).toContain('deactivated')
  })

  it('refuses audiences and campaigns outside the partner’s audiences with 403', async () => {
    const audience = await deliveryGet(
      server.url,
      'campaigns?audience=tourists',
      migrantPartner.headers,
    )
    expect(audience.status).toBe(403)
    expect(messageOf(audience.body)).toContain('It may serve: migrant-workers')
    const campaign = await deliveryGet(
      server.url,
      'campaigns/peru-loreto-child-protection',
      migrantPartner.headers,
    )
    expect(campaign.status).toBe(403)
    expect(messageOf(campaign.body)).toContain('(tourists)')
  })

  it('answers unknown slugs with 404 and malformed input with 400, as JSON', async () => {
    const unknown = await deliveryGet(
      server.url,
      'campaigns/no-such-campaign',
      migrantPartner.headers,
    )
    expect(unknown.status).toBe(404)
    expect(messageOf(unknown.body)).toContain('GET /api/delivery/campaigns')
    const cases: [string, string][] = [
      ['campaigns?locale=xx', 'Unknown locale "xx"'],
      ['campaigns?page=2', 'Unknown query parameter "page"'],
      ['campaigns?locale=en&locale=tl', 'once'],
      ['campaigns/Not_A_Slug', 'not a campaign slug'],
    ]
    for (const [path, message] of cases) {
      const answer = await deliveryGet(server.url, path, migrantPartner.headers)
      expect(answer.status, path).toBe(400)
      expect(messageOf(answer.body), path).toContain(message)
    }
    const endpoint = await deliveryGet(server.url, 'nothing-here', migrantPartner.headers)
    expect(endpoint.status).toBe(404)
    const post = await fetch(`${server.url}/api/delivery/campaigns`, {
      headers: migrantPartner.headers,
      method: 'POST',
    })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })
})
