import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'
import type { CampaignList, CampaignResponse } from '../../helpers/deliveryTypes'

import { afterCommitRunsSettled } from '../../../src/db/runNowAndAfterCommit'
import { deliveryStateOf } from '../../../src/delivery/deliveryState'
import { createPartner } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { campaignScriptGet, deliveryGet, type ErrorBody } from '../../helpers/delivery'
import { startTestServer } from '../../helpers/testServer'

const PH = 'philippines-pre-departure'
const ORIGIN = 'https://agency.example.org'

/** Headers that differ between any two responses, whoever writes them. */
const perResponse = new Set(['date', 'connection', 'keep-alive'])
const stableHeaders = (headers: Headers) =>
  Object.fromEntries([...headers].filter(([name]) => !perResponse.has(name)))

const sleepUntil = (instant: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, instant - Date.now())))

describe('the delivery cache', () => {
  let server: RunningServer
  let ids: BundledIds
  let partner: Awaited<ReturnType<typeof createPartner>>
  /** A partner whose keys no request has used yet, so its first answer needs Express. */
  let stranger: Awaited<ReturnType<typeof createPartner>>
  const slugsListed = async () => {
    const { body } = await deliveryGet(server.url, 'campaigns', partner.headers)
    return (body as CampaignList).campaigns.map((campaign) => campaign.slug)
  }

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      allowedOrigins: [ORIGIN],
    })
    stranger = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      allowedOrigins: [ORIGIN],
    })
    // Writes inside a transaction (PostgreSQL) invalidate once more when it has committed
    // (invalidateDelivery.ts); let those settle so they do not empty the cache mid-test.
    await afterCommitRunsSettled()
  })
  afterAll(async () => {
    await server?.close()
  })

  it('answers a repeated read before Express with the same status, headers and body', async () => {
    const state = deliveryStateOf(server.payload)
    // Each case asks for a locale not read before, so its first answer cannot come from memory.
    const cases: [string, Record<string, string>][] = [
      ['id', { ...partner.publishableHeaders, Origin: ORIGIN }],
      ['tl', { ...partner.publishableHeaders, 'Accept-Encoding': 'gzip', Origin: ORIGIN }],
      ['en', { Authorization: 'partners API-Key wrong', Origin: ORIGIN }],
      ['ar', { ...stranger.publishableHeaders, Origin: 'https://not-allowed.example.com' }],
      ['fr', { ...partner.headers, Origin: ORIGIN }],
      ['es', partner.headers],
    ]
    for (const [locale, headers] of cases) {
      const url = `${server.url}/api/delivery/campaigns/${PH}?locale=${locale}`
      const before = state.fastPathAnswers
      const viaExpress = await fetch(url, { headers })
      const expressBody = Buffer.from(await viaExpress.arrayBuffer())
      expect(state.fastPathAnswers, locale).toBe(before)
      const viaFastPath = await fetch(url, { headers })
      const fastBody = Buffer.from(await viaFastPath.arrayBuffer())
      expect(state.fastPathAnswers, locale).toBe(before + 1)
      expect(viaFastPath.status).toBe(viaExpress.status)
      expect(stableHeaders(viaFastPath.headers)).toEqual(stableHeaders(viaExpress.headers))
      expect(fastBody.equals(expressBody)).toBe(true)
    }
  })

  it('serves a fresh key and fresh content through Express first, then from memory', async () => {
    const fresh = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
    })
    await afterCommitRunsSettled()
    const state = deliveryStateOf(server.payload)
    const before = state.fastPathAnswers
    await deliveryGet(server.url, `campaigns/${PH}?locale=ar`, fresh.headers)
    expect(state.fastPathAnswers).toBe(before)
    await deliveryGet(server.url, `campaigns/${PH}?locale=ar`, fresh.headers)
    expect(state.fastPathAnswers).toBe(before + 1)
  })

  it('keeps serving the published version while an editor saves a draft, and the new one once published', async () => {
    const id = ids.campaigns[PH]
    const read = async () =>
      (
        (await deliveryGet(server.url, `campaigns/${PH}?locale=en`, partner.headers))
          .body as CampaignResponse
      ).title
    const published = await read()
    await server.payload.update({
      collection: 'campaigns',
      data: { title: 'Draft: not for partners yet' },
      draft: true,
      id,
      locale: 'en',
    })
    expect(await read()).toBe(published)
    await server.payload.update({
      collection: 'campaigns',
      data: { _status: 'published', title: 'Before you go (revised)' },
      id,
      locale: 'en',
    })
    expect(await read()).toBe('Before you go (revised)')
    await server.payload.update({
      collection: 'campaigns',
      data: { _status: 'published', title: published },
      id,
      locale: 'en',
    })
  })

  it('shows a campaign whose period starts later at its time, not before', async () => {
    // The campaign starts `lead` ms after it is created. On a loaded machine creating it and
    // reading it before it starts can take longer than that; then it is tried again with twice
    // the lead, since "before it starts" was never observed.
    for (let lead = 2_500; ; lead *= 2) {
      const slug = `starts-soon-${lead}`
      const startsAt = Date.now() + lead
      await server.payload.create({
        collection: 'campaigns',
        data: {
          _status: 'published',
          audiences: [ids.audiences['migrant-workers'] as number],
          period: { start: new Date(startsAt).toISOString() },
          slug,
          title: 'Starts soon',
        },
      })
      const listedEarly = await slugsListed()
      const early = await deliveryGet(server.url, `campaigns/${slug}`, partner.headers)
      const list = await deliveryGet(server.url, 'campaigns', partner.headers)
      if (Date.now() >= startsAt) {
        if (lead >= 20_000) throw new Error(`reading took over ${lead} ms after the create`)
        continue
      }
      expect(listedEarly).not.toContain(slug)
      expect(early.status).toBe(404)
      const maxAge = Number(/max-age=(\d+)/.exec(list.headers.get('cache-control') ?? '')?.[1])
      expect(maxAge).toBeLessThanOrEqual(Math.ceil(lead / 1000))

      await sleepUntil(startsAt + 50)
      expect(await slugsListed()).toContain(slug)
      expect((await deliveryGet(server.url, `campaigns/${slug}`, partner.headers)).status).toBe(200)
      return
    }
  })

  it('shows a draft scheduled for publication once the job queue publishes it', async () => {
    const draft = await server.payload.create({
      collection: 'campaigns',
      data: {
        audiences: [ids.audiences['migrant-workers'] as number],
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'scheduled-seminar',
        title: 'Scheduled seminar',
      },
      draft: true,
    })
    expect(await slugsListed()).not.toContain('scheduled-seminar')
    await server.payload.jobs.queue({
      input: { doc: { relationTo: 'campaigns', value: draft.id }, type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 500),
    })
    await sleepUntil(Date.now() + 600)
    await server.payload.jobs.run()
    expect(await slugsListed()).toContain('scheduled-seminar')
  })

  it('gives partners the new answer-key revision as soon as the key changes', async () => {
    const read = async () =>
      ((await deliveryGet(server.url, `campaigns/${PH}`, partner.headers)).body as CampaignResponse)
        .knowledgeCheck
    const before = await read()
    const assessment = await server.payload.findByID({
      collection: 'assessments',
      id: before?.assessment as number,
    })
    const items = assessment.items.map((item, index) =>
      index === 0
        ? {
            ...item,
            choices: item.choices.map((choice) => ({ ...choice, correct: !choice.correct })),
          }
        : item,
    )
    await server.payload.update({ collection: 'assessments', data: { items }, id: assessment.id })
    const after = await read()
    expect(after?.revision).toBe((before?.revision ?? 0) + 1)
    expect(after?.items[0].multiple).toBe(true)
  })

  it('applies a partner’s new origins at once', async () => {
    const origin = 'https://new-site.example.org'
    const read = () =>
      deliveryGet(server.url, 'campaigns', { ...partner.publishableHeaders, Origin: origin })
    expect((await read()).status).toBe(403)
    expect((await read()).headers.get('access-control-allow-origin')).toBeNull()
    await server.payload.update({
      collection: 'partners',
      data: { allowedOrigins: [ORIGIN, origin] },
      id: partner.id,
    })
    expect((await read()).headers.get('access-control-allow-origin')).toBe(origin)
  })

  describe("a campaign's script (/embed/{slug}.js)", () => {
    const page = `${ORIGIN}/seminars/before-you-go.html`
    const scriptOf = (slug: string, query: Record<string, string>) =>
      `${slug}.js?${new URLSearchParams({ key: partner.publishableKey, ...query })}`
    const load = (path: string, headers: Record<string, string> = { Referer: page }) =>
      campaignScriptGet(server.url, path, { 'Sec-Fetch-Site': 'cross-site', ...headers })

    it('brings the delivery API’s answer for that key from the page’s origin, cacheable, from memory once cached', async () => {
      const state = deliveryStateOf(server.payload)
      const path = scriptOf(PH, { audience: 'migrant-workers', locale: 'tl' })
      const script = await load(path)
      expect(script.status).toBe(200)
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
      expect(script.headers.get('vary')).toBe('Referer, Sec-Fetch-Site, Accept-Encoding')
      expect(script.headers.get('cache-control')).toBe('private, max-age=60')
      expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
      expect(script.headers.get('content-encoding')).toBe('gzip')
      const delivered = await fetch(
        `${server.url}/api/delivery/campaigns/${PH}?locale=tl&audience=migrant-workers`,
        { headers: { ...partner.publishableHeaders, Origin: ORIGIN } },
      )
      const deliveredText = await delivered.text()
      expect(script.text).toContain(`({"delivered":${deliveredText},"words":`)
      expect(script.payload?.delivered).toEqual(JSON.parse(deliveredText))
      // The widget's words for the campaign's language only, not all eleven.
      expect(Object.keys(script.payload?.words ?? {})).toEqual(['tl'])

      const before = state.fastPathAnswers
      const again = await load(path)
      expect(state.fastPathAnswers).toBe(before + 1)
      expect(again.text).toBe(script.text)
      expect(stableHeaders(again.headers)).toEqual(stableHeaders(script.headers))
      const etag = script.headers.get('etag') ?? ''
      expect(etag).toMatch(/^W\/"/)
      const revalidated = await fetch(`${server.url}/embed/${path}`, {
        headers: { 'If-None-Match': etag, Referer: page },
      })
      expect(revalidated.status).toBe(304)
      expect(await revalidated.text()).toBe('')
    })

    it('brings no campaign where the delivery API would refuse it, or from no page of the partner', async () => {
      await server.payload.create({
        collection: 'campaigns',
        data: {
          audiences: [ids.audiences['migrant-workers'] as number],
          period: { start: '2026-01-01T00:00:00.000Z' },
          slug: 'script-draft',
          title: 'Never published',
        },
        draft: true,
      })
      await server.payload.create({
        collection: 'campaigns',
        data: {
          _status: 'published',
          audiences: [ids.audiences['migrant-workers'] as number],
          period: { start: new Date(Date.now() + 30 * 86_400_000).toISOString() },
          slug: 'script-next-month',
          title: 'Starts next month',
        },
      })
      await afterCommitRunsSettled()
      const good = scriptOf(PH, { locale: 'tl' })
      expect((await load(good)).payload?.delivered).toMatchObject({ locale: 'tl', slug: PH })
      const refused: [string, string, Record<string, string>?][] = [
        ['no referrer', good, {}],
        ['a page on another origin', good, { Referer: 'https://copycat.example.com/' }],
        ['a referrer on a look-alike origin', good, { Referer: `${ORIGIN}.example.com/` }],
        ['the browser itself', good, { Referer: page, 'Sec-Fetch-Site': 'none' }],
        ['an opaque referrer', good, { Referer: 'null' }],
        ['a draft', scriptOf('script-draft', { locale: 'en' })],
        ['a campaign not yet running', scriptOf('script-next-month', { locale: 'en' })],
        ['an audience the key may not serve', scriptOf(PH, { audience: 'tourists', locale: 'en' })],
        [
          'a campaign for another audience',
          scriptOf('peru-loreto-child-protection', { locale: 'es' }),
        ],
        ['no campaign at all', scriptOf('no-such-campaign', { locale: 'en' })],
        ['a key nobody has', `${PH}.js?locale=en&key=pk_${'0'.repeat(32)}`],
      ]
      for (const [what, path, headers] of refused) {
        const script = await load(path, headers)
        expect(script.status, what).toBe(200)
        expect(script.payload, what).toEqual({ delivered: null, words: expect.any(Object) })
        expect(script.headers.get('cache-control'), what).toBe('private, no-cache')
      }
    })

    it('refuses a malformed script URL with a 400 that says what to change, and never takes a secret key', async () => {
      const cases: [string, number, RegExp][] = [
        [
          `${PH}.js?locale=en&key=${partner.apiKey}`,
          400,
          /publishable key \(pk_…\), never the secret key/,
        ],
        [`${PH}.js?locale=en`, 400, /^Add your publishable key to the script URL/],
        [scriptOf(PH, {}), 400, /^Name the language of the campaign/],
        [scriptOf(PH, { locale: 'xx' }), 400, /^Unknown locale "xx"/],
        [scriptOf(PH, { locale: 'en', theme: 'dark' }), 400, /^Unknown query parameter "theme"/],
        [scriptOf('Not_A_Slug', { locale: 'en' }), 400, /is not a campaign slug/],
        [`${PH}/more.js`, 404, /^Unknown embed script/],
      ]
      for (const [path, status, message] of cases) {
        const answer = await load(path)
        expect(answer.status, path).toBe(status)
        expect((JSON.parse(answer.text) as ErrorBody).errors[0].message, path).toMatch(message)
      }
      const posted = await fetch(`${server.url}/embed/${scriptOf(PH, { locale: 'en' })}`, {
        method: 'POST',
      })
      expect(posted.status).toBe(405)
      expect(posted.headers.get('allow')).toBe('GET, HEAD')
    })

    it('brings the new version once it is published, under a new entity tag', async () => {
      const id = ids.campaigns[PH]
      const path = scriptOf(PH, { locale: 'en' })
      const first = await load(path)
      const etag = first.headers.get('etag') ?? ''
      const published = (first.payload?.delivered as { title: string }).title
      await server.payload.update({
        collection: 'campaigns',
        data: { _status: 'published', title: 'Before you go (script)' },
        id,
        locale: 'en',
      })
      const after = await load(path, { 'If-None-Match': etag, Referer: page })
      expect(after.status).toBe(200)
      expect(after.headers.get('etag')).not.toBe(etag)
      expect((after.payload?.delivered as { title: string }).title).toBe('Before you go (script)')
      await server.payload.update({
        collection: 'campaigns',
        data: { _status: 'published', title: published },
        id,
        locale: 'en',
      })
    })
  })
})
