import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PublishingBlocker } from '../../../src/editorial/readiness/findPublishingBlockers'
import type { RunningServer } from '../../../src/server/startServer'

import { settingsOf } from '../../../src/settingsOf'
import { type Headers, signInAs } from '../../helpers/accounts'
import {
  type BundledIds,
  importBundledCampaigns,
  importShippedCampaigns,
} from '../../helpers/bundledCampaigns'
import { startTestServer } from '../../helpers/testServer'

type ErrorBody = { errors: { data?: { blockers: PublishingBlocker[] }; message: string }[] }

const PH = 'philippines-pre-departure'

describe('publishing a campaign that holds placeholders or unverified hotlines, over HTTP', () => {
  let server: RunningServer
  let shipped: BundledIds
  let editor: Headers

  const patch = (id: number | string, body: object, query = '') =>
    fetch(`${server.url}/api/campaigns/${id}${query}`, {
      body: JSON.stringify(body),
      headers: { ...editor, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })

  beforeAll(async () => {
    server = await startTestServer()
    shipped = await importShippedCampaigns(server.payload)
    editor = (await signInAs(server.payload, server.url, 'admin')).headers
  })
  afterAll(async () => {
    await server?.close()
  })

  it('refuses the publish with a message naming the language, the field and the text', async () => {
    const response = await patch(shipped.campaigns[PH]!, { _status: 'published' }, '?locale=en')
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    const [error] = body.errors
    expect(error?.message).toMatch(
      /^This campaign cannot be published until these \d+ things are fixed \(all are listed/,
    )
    expect(error?.message).toContain(
      'English (en) › Body › List › Item 5 › “…ps a worker’s passport without written consent can be fined [PLACEHOLDER: amount unverified — reports give SAR 2‚000 or SAR 5‚000 per worker; check before publishing].” is placeholder text',
    )
    const blockers = error?.data?.blockers ?? []
    // Every language of the body is checked, not only the one being saved.
    expect(new Set(blockers.map((blocker) => blocker.locale))).toEqual(new Set(['en', 'tl', 'ar']))
    expect(blockers).toContainEqual(
      expect.objectContaining({
        locale: 'ar',
        message: expect.stringContaining('العربية (ar) › Body › Hotline “الكويت'),
        reason: 'hotline-placeholder',
      }),
    )
    expect(blockers).toContainEqual(
      expect.objectContaining({
        locale: 'tl',
        message: expect.stringMatching(/Hotline “DMW \/ OWWA hotline” has never been verified/),
        reason: 'hotline-never-verified',
      }),
    )
    const stored = await server.payload.findByID({
      collection: 'campaigns',
      id: shipped.campaigns[PH]!,
    })
    expect(stored._status).toBe('draft')
  })

  it('says it in the admin language of the person publishing, naming the same things', async () => {
    const inFrench = await fetch(`${server.url}/api/campaigns/${shipped.campaigns[PH]}?locale=en`, {
      body: JSON.stringify({ _status: 'published' }),
      headers: { ...editor, 'Content-Type': 'application/json', Cookie: 'payload-lng=fr' },
      method: 'PATCH',
    })
    expect(inFrench.status).toBe(400)
    const [error] = ((await inFrench.json()) as ErrorBody).errors
    expect(error?.message).toMatch(
      /^Cette campagne ne peut pas être publiée tant que ces \d+ points ne sont pas corrigés \(tous sont listés sous « Avant publication »\) : /,
    )
    expect(error?.message).toContain(
      'English (en) › Texte › Liste › Élément 5 › « …ps a worker’s passport without written consent can be fined [PLACEHOLDER: amount unverified — reports give SAR 2‚000 or SAR 5‚000 per worker; check before publishing]. » est un texte provisoire',
    )
    expect(error?.message).toMatch(/…et \d+ autres$/)
    // The blockers stay English data for API clients.
    expect(error?.data?.blockers?.[0]?.message).toMatch(/is placeholder text/)
  })

  it('lists, per language, what blocks publishing, for the edit view', async () => {
    const response = await fetch(
      `${server.url}/api/campaigns/${shipped.campaigns['peru-loreto-child-protection']}/readiness`,
      { headers: editor },
    )
    expect(response.status).toBe(200)
    const { blockers, ready } = (await response.json()) as {
      blockers: PublishingBlocker[]
      ready: boolean
    }
    expect(ready).toBe(false)
    const placeholders = blockers.filter((blocker) => blocker.reason === 'placeholder-text')
    // Art. 129-J's penalty is unverified: one placeholder in each of the three languages.
    expect(placeholders.map((blocker) => blocker.locale).sort()).toEqual(['en', 'es', 'fr'])
    expect(placeholders.every((blocker) => /129-J/.test(blocker.text))).toBe(true)
    // Three hotlines, none verified yet, in three languages.
    expect(blockers.filter((blocker) => blocker.reason === 'hotline-never-verified')).toHaveLength(
      9,
    )
  })

  it('answers 401 without a session and 404 for an unknown campaign', async () => {
    const anonymous = await fetch(`${server.url}/api/campaigns/${shipped.campaigns[PH]}/readiness`)
    expect(anonymous.status).toBe(401)
    const unknown = await fetch(`${server.url}/api/campaigns/999999/readiness`, { headers: editor })
    expect(unknown.status).toBe(404)
  })

  it('publishes once the facts are checked, and refuses a later edit that brings a placeholder back', async () => {
    const verified = await importBundledCampaigns(server.payload)
    const id = verified.campaigns[PH]!
    expect((await server.payload.findByID({ collection: 'campaigns', id }))._status).toBe(
      'published',
    )

    // A direct edit of the live document (no draft) would reach partners at once.
    const live = await patch(id, { summary: 'Call [PLACEHOLDER: number] for help.' }, '?locale=tl')
    expect(live.status).toBe(400)
    expect(((await live.json()) as ErrorBody).errors[0]?.message).toContain(
      'Tagalog (tl) › Summary › “Call [PLACEHOLDER: number] for help.”',
    )
    // As a draft it saves, and the published version stays as it was.
    const draft = await patch(
      id,
      { summary: 'Call [PLACEHOLDER: number] for help.' },
      '?locale=tl&draft=true',
    )
    expect(draft.status).toBe(200)
    const published = await server.payload.findByID({ collection: 'campaigns', id, locale: 'tl' })
    expect(published.summary).not.toContain('PLACEHOLDER')
  })

  it('treats a hotline verified longer ago than HOTLINE_MAX_AGE_DAYS as unverified', async () => {
    const id = shipped.campaigns['france-hospitality-duty-to-act']!
    // The instance parsed HOTLINE_MAX_AGE_DAYS once when it started (src/settingsOf.ts); this
    // test changes the parsed setting of the running server instead of restarting it.
    const settings = settingsOf(server.payload)
    const configured = settings.hotlineMaxAgeDays
    settings.hotlineMaxAgeDays = 30
    try {
      const blockers = async () => {
        const response = await fetch(`${server.url}/api/campaigns/${id}/readiness`, {
          headers: editor,
        })
        return ((await response.json()) as { blockers: PublishingBlocker[] }).blockers
      }
      const stored = await server.payload.findByID({
        collection: 'campaigns',
        draft: true,
        id,
        locale: 'fr',
      })
      const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString()
      const body = JSON.parse(JSON.stringify(stored.body), (key, value: unknown) =>
        key === 'fields' && (value as { blockType?: string }).blockType === 'hotline'
          ? { ...(value as object), lastVerified: longAgo }
          : value,
      ) as typeof stored.body
      await server.payload.update({
        collection: 'campaigns',
        data: { body },
        draft: true,
        id,
        locale: 'fr',
      })
      const french = (await blockers()).filter((blocker) => blocker.locale === 'fr')
      expect(
        french.filter((blocker) => blocker.reason === 'hotline-verification-expired'),
      ).toHaveLength(3)
      expect(
        french.find((blocker) => blocker.reason === 'hotline-verification-expired')?.message,
      ).toMatch(/was last verified on \d{4}-\d{2}-\d{2} \(more than 30 days ago\)/)
    } finally {
      settings.hotlineMaxAgeDays = configured
    }
  })
})
