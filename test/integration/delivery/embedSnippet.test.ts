import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { createPartner, type Headers, signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { payloadOfScript } from '../../helpers/delivery'
import { startTestServer } from '../../helpers/testServer'

const PH = 'philippines-pre-departure'
const ORIGIN = 'https://seminars.example.org'

type EmbedAnswer = {
  audiences: string[]
  campaigns: { audiences: string[]; locales: string[]; slug: string; title: string }[]
  errors?: { message: string }[]
  problem: null | string
  snippet: null | string
}

/** The attributes of the snippet's one script tag, as a browser would read them. */
const attributesOf = (snippet: string): Record<string, string> =>
  Object.fromEntries(
    [...snippet.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
  )

describe('the ready-to-paste embed of a partner, over HTTP', () => {
  let server: RunningServer
  let ids: BundledIds
  let admin: Headers
  let editor: Headers
  let partner: Awaited<ReturnType<typeof createPartner>>

  const embed = async (id: number | string, query = '', headers: Headers = admin) => {
    const response = await fetch(`${server.url}/api/partners/${id}/embed${query}`, { headers })
    return { body: (await response.json()) as EmbedAnswer, status: response.status }
  }

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    admin = (await signInAs(server.payload, server.url, 'admin')).headers
    editor = (await signInAs(server.payload, server.url, 'editor')).headers
    partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      allowedOrigins: [ORIGIN],
    })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('gives the script tag with the publishable key, as the README shows it', async () => {
    const { body, status } = await embed(partner.id)
    expect(status).toBe(200)
    expect(body.problem).toBeNull()
    expect(body.audiences).toEqual(['migrant-workers'])
    expect(body.campaigns.map((campaign) => campaign.slug)).toEqual([PH])
    expect(body.campaigns[0].locales.sort()).toEqual(['ar', 'en', 'tl'])
    const query = `locale=en&amp;audience=migrant-workers&amp;key=${partner.publishableKey}`
    expect(body.snippet).toBe(
      ['<script', `  src="${server.url}/embed/${PH}.js?${query}"`, '  async', '></script>'].join(
        '\n',
      ),
    )
    expect((await embed(partner.id, '', editor)).status).toBe(200)
  })

  it('works as pasted: the script brings the campaign to the partner’s page, in its language', async () => {
    const { body } = await embed(partner.id, '?locale=tl')
    const tag = attributesOf(body.snippet ?? '')
    expect(tag['data-questions']).toBeUndefined()
    const paged = await embed(partner.id, '?locale=tl&questions=one-per-screen')
    expect(attributesOf(paged.body.snippet ?? '')['data-questions']).toBe('one-per-screen')
    const src = new URL(tag.src.replaceAll('&amp;', '&'))
    expect(src.pathname).toBe(`/embed/${PH}.js`)
    expect(src.searchParams.get('key')).toMatch(/^pk_[0-9a-f]{32}$/)
    expect(src.searchParams.get('locale')).toBe('tl')
    const script = await fetch(src, { headers: { Referer: `${ORIGIN}/pre-departure` } })
    expect(script.status).toBe(200)
    const delivered = payloadOfScript(await script.text()).delivered as { locale: string }
    expect(delivered).toMatchObject({ locale: 'tl', slug: PH })
  })

  it('refuses choices the key could not show, naming the ones it can', async () => {
    const unknown = await embed(partner.id, '?campaign=peru-loreto-child-protection')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0]?.message).toBe(
      `"campaign" must be a published campaign this partner may show (${PH}), got "peru-loreto-child-protection".`,
    )
    const audience = await embed(partner.id, '?audience=tourists')
    expect(audience.status).toBe(400)
    expect(audience.body.errors?.[0]?.message).toMatch(
      /^"audience" must be one this partner and “.*” share \(migrant-workers\), got "tourists"\.$/,
    )
    const questions = await embed(partner.id, '?questions=some')
    expect(questions.status).toBe(400)
    expect(questions.body.errors?.[0]?.message).toBe(
      `"questions" must be all-at-once or one-per-screen, or absent to choose by the widget's width; got "some".`,
    )
    const locale = await embed(partner.id, '?locale=fr')
    expect(locale.status).toBe(400)
    expect(locale.body.errors?.[0]?.message).toMatch(
      /^"locale" must be a language “.*” is written in \(.*\), got "fr"\.$/,
    )
  })

  it('says what is missing before there is anything to embed', async () => {
    const without = await createPartner(server.payload, { allowedOrigins: [ORIGIN] })
    const none = await embed(without.id)
    expect(none.status).toBe(200)
    expect(none.body).toMatchObject({
      problem: 'Allow at least one audience above: the key shows campaigns only for those.',
      snippet: null,
    })
    const inactive = await createPartner(server.payload, {
      active: false,
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    expect((await embed(inactive.id)).body.problem).toMatch(/^This partner is deactivated/)
  })

  it('is for signed-in staff only', async () => {
    expect((await embed(partner.id, '', {})).status).toBe(401)
    expect((await embed(partner.id, '', partner.headers)).status).toBe(403)
    expect((await embed(999999)).status).toBe(404)
  })
})
