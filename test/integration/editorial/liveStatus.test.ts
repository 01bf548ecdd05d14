import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LiveStatus } from '../../../src/editorial/schedule/liveStatus'
import type { RunningServer } from '../../../src/server/startServer'
import type { CampaignList } from '../../helpers/deliveryTypes'

import { createPartner, type Headers, signInAs } from '../../helpers/accounts'
import { deliveryGet } from '../../helpers/delivery'
import { startTestServer } from '../../helpers/testServer'

/** Today's calendar day in a time zone, as an editor there would pick it. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date())

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** How the admin's day picker stores a day. */
const picked = (day: string) => `${day}T12:00:00.000Z`

describe('whether a published campaign is live, in its time zone, over HTTP', () => {
  let server: RunningServer
  let staff: Headers
  let partner: Headers
  let audience: number | string

  const campaign = async (
    slug: string,
    period: { end?: string; start: string; timeZone: string },
    published = true,
  ) => {
    const created = await server.payload.create({
      collection: 'campaigns',
      data: {
        _status: published ? 'published' : 'draft',
        audiences: [audience as number],
        period,
        slug,
        title: slug,
      },
    })
    return created.id
  }

  const statusOf = async (id: number | string): Promise<LiveStatus> => {
    const response = await fetch(`${server.url}/api/campaigns/${id}?depth=0`, { headers: staff })
    expect(response.status).toBe(200)
    return ((await response.json()) as { liveStatus: LiveStatus }).liveStatus
  }

  beforeAll(async () => {
    server = await startTestServer()
    const created = await server.payload.create({
      collection: 'audiences',
      data: { name: 'Travellers', slug: 'travellers' },
    })
    audience = created.id
    staff = (await signInAs(server.payload, server.url, 'editor')).headers
    partner = (await createPartner(server.payload, { allowedAudiences: [audience as number] }))
      .headers
  })
  afterAll(async () => {
    await server?.close()
  })

  it('counts a date-only start from 00:00 in the campaign’s time zone, not at noon UTC', async () => {
    // Kiritimati (UTC+14) is always at least a day ahead of Pago Pago (UTC−11).
    const kiritimatiToday = todayIn('Pacific/Kiritimati')
    const early = await campaign('kiritimati', {
      start: picked(kiritimatiToday),
      timeZone: 'Pacific/Kiritimati',
    })
    const late = await campaign('pago-pago', {
      start: picked(kiritimatiToday),
      timeZone: 'Pacific/Pago_Pago',
    })

    const live = await statusOf(early)
    expect(live).toMatchObject({ short: 'Live now', state: 'live', timeZone: 'Pacific/Kiritimati' })
    const scheduled = await statusOf(late)
    expect(scheduled.state).toBe('scheduled')
    expect(scheduled.label).toMatch(
      /^Goes live on .* at 12:00 AM \(Pacific\/Pago_Pago\), in \d+ hours$/,
    )
    expect(scheduled.startsInHours).toBeGreaterThan(0)
    expect(scheduled.startsInHours).toBeLessThanOrEqual(48)

    const { body } = await deliveryGet(server.url, 'campaigns', partner)
    const slugs = (body as CampaignList).campaigns.map((listed) => listed.slug)
    expect(slugs).toContain('kiritimati')
    expect(slugs).not.toContain('pago-pago')
  })

  it('runs to the end of the end day there, then says when it ended', async () => {
    const limaToday = todayIn('America/Lima')
    const running = await campaign('until-today', {
      end: picked(limaToday),
      start: picked(addDays(limaToday, -10)),
      timeZone: 'America/Lima',
    })
    const ended = await campaign('until-yesterday', {
      end: picked(addDays(limaToday, -1)),
      start: picked(addDays(limaToday, -10)),
      timeZone: 'America/Lima',
    })
    expect((await statusOf(running)).label).toMatch(
      /^Live now, until the end of .* \(America\/Lima\)$/,
    )
    const over = await statusOf(ended)
    expect(over.state).toBe('ended')
    expect(over.label).toMatch(/^Ended on .* \(America\/Lima\)$/)
    const { body } = await deliveryGet(server.url, 'campaigns', partner)
    const slugs = (body as CampaignList).campaigns.map((listed) => listed.slug)
    expect(slugs).toContain('until-today')
    expect(slugs).not.toContain('until-yesterday')
  })

  it('says a draft reaches nobody, and reports the published period, not a draft’s new dates', async () => {
    const draft = await campaign('only-a-draft', { start: '2026-01-01', timeZone: 'UTC' }, false)
    expect((await statusOf(draft)).state).toBe('draft')

    const id = await campaign('moved-later', {
      start: picked(addDays(todayIn('UTC'), -1)),
      timeZone: 'UTC',
    })
    await server.payload.update({
      collection: 'campaigns',
      data: { period: { start: picked(addDays(todayIn('UTC'), 30)), timeZone: 'UTC' } },
      draft: true,
      id,
    })
    expect((await statusOf(id)).state).toBe('live')
  })

  it('lists every campaign’s status with one query for the page', async () => {
    const response = await fetch(`${server.url}/api/campaigns?depth=0&limit=50`, {
      headers: staff,
    })
    const { docs } = (await response.json()) as { docs: { liveStatus: LiveStatus; slug: string }[] }
    const states = Object.fromEntries(docs.map((doc) => [doc.slug, doc.liveStatus.state]))
    expect(states).toMatchObject({
      kiritimati: 'live',
      'only-a-draft': 'draft',
      'pago-pago': 'scheduled',
      'until-yesterday': 'ended',
    })
  })

  it('refuses a time zone that does not exist, naming it', async () => {
    const response = await fetch(`${server.url}/api/campaigns`, {
      body: JSON.stringify({
        audiences: [audience],
        period: { start: '2026-01-01', timeZone: 'Mars/Olympus_Mons' },
        slug: 'nowhere',
        title: 'Nowhere',
      }),
      headers: { ...staff, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(
      '\\"Mars/Olympus_Mons\\" is not a time zone',
    )
  })
})
