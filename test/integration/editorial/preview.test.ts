import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '../../../src/payload-types'
import type { RunningServer } from '../../../src/server/startServer'

import { previewKeyFor } from '../../../src/editorial/preview/previewKey'
import { newPreviewLinkId, signPreviewGrant } from '../../../src/editorial/preview/previewLinkToken'
import { bodyToLexical } from '../../../src/packs/lexical'
import { createPartner, type Headers, signInAs } from '../../helpers/accounts'
import { PNG } from '../../helpers/media'
import { startTestServer } from '../../helpers/testServer'

type Answer = { body: Record<string, unknown> & { errors?: { message: string }[] }; status: number }
type Link = {
  expiresAt: string
  id: string
  locale: string
  path: string
  url: string
  version: number | string
}

describe('previews of drafts, over HTTP', () => {
  let server: RunningServer
  let editor: Headers
  let evaluator: Headers
  let admin: Headers
  let partner: Headers
  let id: Campaign['id']

  const call = async (method: string, path: string, headers: Headers = {}, body?: object) => {
    const response = await fetch(`${server.url}${path}`, {
      body: body ? JSON.stringify(body) : undefined,
      headers: { ...headers, 'Content-Type': 'application/json' },
      method,
    })
    const text = await response.text()
    let parsed: Answer['body'] = {}
    try {
      parsed = JSON.parse(text) as Answer['body']
    } catch {
      parsed = { html: text }
    }
    return { body: parsed, headers: response.headers, status: response.status }
  }
  const autosave = (locale: string, data: object) =>
    call('PATCH', `/api/campaigns/${id}?draft=true&autosave=true&locale=${locale}`, editor, data)
  const createLink = (body: object, headers: Headers = editor) =>
    call('POST', `/api/campaigns/${id}/preview-links`, headers, body)
  const messageOf = (answer: Answer) => answer.body.errors?.[0]?.message

  beforeAll(async () => {
    server = await startTestServer()
    admin = (await signInAs(server.payload, server.url, 'admin')).headers
    editor = (await signInAs(server.payload, server.url, 'editor')).headers
    evaluator = (await signInAs(server.payload, server.url, 'evaluator')).headers
    partner = (await createPartner(server.payload)).headers
    const audience = await server.payload.create({
      collection: 'audiences',
      data: { name: 'Travellers', slug: 'travellers' },
    })
    const created = await call('POST', '/api/campaigns?draft=true&locale=en', editor, {
      audiences: [audience.id],
      period: { start: '2027-01-01' },
      summary: 'Read the contract before you sign it.',
      title: 'Before you sign',
    })
    expect(created.status).toBe(201)
    id = (created.body.doc as Campaign).id
    const french = await call('PATCH', `/api/campaigns/${id}?draft=true&locale=fr`, editor, {
      summary: 'Lisez le contrat avant de le signer.',
      title: 'Avant de signer',
    })
    expect(french.status).toBe(200)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('shows signed-in staff the newest draft as partners would get it, in the chosen language', async () => {
    await autosave('fr', { summary: 'Ne signez rien que vous ne pouvez pas lire.' })
    const view = await call('GET', `/preview/campaigns/${id}/view.json?locale=fr`, editor)
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({
      dir: 'ltr',
      fallback: false,
      locale: 'fr',
      summary: 'Ne signez rien que vous ne pouvez pas lire.',
      title: 'Avant de signer',
    })
    // Arabic has no text yet: the default language, marked as a fallback, as delivery does.
    const arabic = await call('GET', `/preview/campaigns/${id}/view.json?locale=ar`, evaluator)
    expect(arabic.body).toMatchObject({ fallback: true, locale: 'en', title: 'Before you sign' })

    const page = await call('GET', `/preview/campaigns/${id}?locale=fr`, editor)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(page.headers.get('cache-control')).toBe('no-store')
    const html = String(page.body.html)
    expect(html).toContain(`data-aware-preview="/preview/campaigns/${id}/view.json?locale=fr"`)
    expect(html).toContain('<script src="/embed.js" async></script>')

    // The draft never reaches partners.
    const delivered = await call('GET', `/api/delivery/campaigns/${id}?locale=fr`, partner)
    expect(delivered.status).toBe(404)
  })

  it('refuses people who are not signed-in staff, and languages that do not exist', async () => {
    const anonymous = await call('GET', `/preview/campaigns/${id}/view.json?locale=fr`)
    expect(anonymous.status).toBe(401)
    expect(messageOf(anonymous)).toBe('Sign in to the admin to preview drafts.')
    const byPartner = await call('GET', `/preview/campaigns/${id}/view.json`, partner)
    expect(byPartner.status).toBe(403)
    const page = await call('GET', `/preview/campaigns/${id}`)
    expect(page.status).toBe(401)
    expect(String(page.body.html)).toContain('Sign in first')
    const unknown = await call('GET', `/preview/campaigns/${id}/view.json?locale=xx`, editor)
    expect(unknown.status).toBe(400)
    expect(messageOf(unknown)).toMatch(/^"locale" must be one of en, fr, es, .* got "xx"\.$/)
    const missing = await call('GET', '/preview/campaigns/999999/view.json', editor)
    expect(missing.status).toBe(404)
  })

  it('makes a signed link that shows that draft without sign-in, and not later edits', async () => {
    await autosave('fr', { title: 'Avant de signer le contrat' })
    const created = await createLink({ expiresInHours: 2, locale: 'fr' })
    expect(created.status).toBe(201)
    const link = created.body as unknown as Link
    expect(link.path).toMatch(/^\/preview\/links\/[\w-]+\.[\w-]+$/)
    expect(link.url).toBe(`${server.url}${link.path}`)
    const hours = (new Date(link.expiresAt).getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(1.9)
    expect(hours).toBeLessThanOrEqual(2)

    const shown = await call('GET', `${link.path}/view.json`)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ locale: 'fr', title: 'Avant de signer le contrat' })
    const page = await call('GET', link.path)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('access-control-allow-origin')).toBeNull()
    expect(String(page.body.html)).toContain(`data-aware-preview="${link.path}/view.json"`)

    // The editor goes on typing (autosave): the live preview follows, the link does not.
    await autosave('fr', { title: 'Un autre titre' })
    await autosave('fr', { title: 'Encore un autre titre' })
    const live = await call('GET', `/preview/campaigns/${id}/view.json?locale=fr`, editor)
    expect(live.body.title).toBe('Encore un autre titre')
    const still = await call('GET', `${link.path}/view.json`)
    expect(still.status).toBe(200)
    expect(still.body.title).toBe('Avant de signer le contrat')

    const audit = await call(
      'GET',
      `/api/audit-events?where[action][equals]=campaign.preview-link-created&where[subjectId][equals]=${id}`,
      admin,
    )
    expect(audit.body.docs).toMatchObject([
      {
        locale: 'fr',
        summary: expect.stringMatching(
          /created a preview link to a draft of “Avant de signer le contrat” in Français \(fr\)$/,
        ),
      },
    ])
  })

  it('refuses altered, foreign and expired links, naming what to do', async () => {
    const link = (await createLink({ locale: 'en' })).body as unknown as Link
    const token = link.path.split('/').pop() ?? ''
    const [body, signature] = token.split('.')
    const flipped = `${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    for (const forged of [flipped, body, `${body}.`, 'x'.repeat(3000), `${body}x.${signature}`]) {
      const answer = await call('GET', `/preview/links/${forged}/view.json`)
      expect(answer.status, forged.slice(0, 40)).toBe(404)
      expect(messageOf(answer)).toMatch(/^Check that the whole link was copied/)
    }
    const grant = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>
    // Another campaign's id under this link's signature is no longer this link.
    const moved = Buffer.from(JSON.stringify({ ...grant, c: 999 })).toString('base64url')
    expect((await call('GET', `/preview/links/${moved}.${signature}/view.json`)).status).toBe(404)

    const key = previewKeyFor(server.payload)
    const expired = signPreviewGrant(key, {
      campaign: id,
      expiresAt: Date.now() - 60_000,
      id: newPreviewLinkId(),
      issuedAt: Date.now() - 120_000,
      locale: 'en',
      savedAt: String(grant.s),
      version: grant.v as number | string,
    })
    const gone = await call('GET', `/preview/links/${expired}/view.json`)
    expect(gone.status).toBe(410)
    expect(messageOf(gone)).toMatch(
      /^It expired on .* GMT\. Ask the campaign's editor for a new link\.$/,
    )
    const expiredPage = await call('GET', `/preview/links/${expired}`)
    expect(expiredPage.status).toBe(410)
    expect(String(expiredPage.body.html)).toContain('This preview link has expired')

    // A version rewritten since the link was made (its timestamp differs) is not shown.
    const rewritten = signPreviewGrant(key, {
      campaign: id,
      expiresAt: Date.now() + 60_000,
      id: newPreviewLinkId(),
      issuedAt: Date.now(),
      locale: 'en',
      savedAt: new Date(0).toISOString(),
      version: grant.v as number | string,
    })
    expect((await call('GET', `/preview/links/${rewritten}/view.json`)).status).toBe(410)

    // A link made by the Aware before links could be revoked (no `n`, no `i`), signed as it
    // signed them: refused for good with a reason, or as expired once its time has passed.
    const oldLink = (expiresAt: number) => {
      const oldBody = Buffer.from(
        JSON.stringify({ c: id, e: Math.floor(expiresAt / 1000), l: 'en', s: grant.s, v: grant.v }),
      ).toString('base64url')
      const mac = createHmac('sha256', key).update(`aware-preview.${oldBody}`).digest('base64url')
      return `${oldBody}.${mac}`
    }
    const outdated = await call(
      'GET',
      `/preview/links/${oldLink(Date.now() + 3_600_000)}/view.json`,
    )
    expect(outdated.status).toBe(410)
    expect(messageOf(outdated)).toMatch(/^It was made before preview links could be withdrawn/)
    const oldExpired = await call('GET', `/preview/links/${oldLink(Date.now() - 60_000)}/view.json`)
    expect(oldExpired.status).toBe(410)
    expect(messageOf(oldExpired)).toMatch(/^It expired on /)
  })

  it('lets only editors and administrators create links, with valid options', async () => {
    expect((await createLink({ locale: 'en' }, {})).status).toBe(401)
    const byEvaluator = await createLink({ locale: 'en' }, evaluator)
    expect(byEvaluator.status).toBe(403)
    expect(messageOf(byEvaluator)).toBe('Only editors and administrators create preview links.')
    expect((await createLink({ locale: 'en' }, partner)).status).toBe(403)
    expect((await createLink({ locale: 'en' }, admin)).status).toBe(201)

    const cases: [object, RegExp][] = [
      [{}, /^"locale" must be one of en, fr, .* got null\.$/],
      [{ locale: 'xx' }, /got "xx"\.$/],
      [
        { expiresInHours: 0, locale: 'en' },
        /^"expiresInHours" must be a whole number of hours from 1 to 720, got 0\.$/,
      ],
      [{ expiresInHours: 721, locale: 'en' }, /got 721\.$/],
      [{ expiresInHours: '3', locale: 'en' }, /got "3"\.$/],
      [{ locale: 'ar' }, /^The draft has no العربية \(ar\) text yet; choose one of en, fr\.$/],
    ]
    for (const [body, message] of cases) {
      const answer = await createLink(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(messageOf(answer)).toMatch(message)
    }
    const none = await call('POST', '/api/campaigns/999999/preview-links', editor, { locale: 'en' })
    expect(none.status).toBe(404)
  })

  it('revokes one link, then every link of the campaign, each for good and in the audit log', async () => {
    const first = (await createLink({ locale: 'en' })).body as unknown as Link
    const second = (await createLink({ locale: 'fr' })).body as unknown as Link
    const third = (await createLink({ locale: 'en' }, admin)).body as unknown as Link
    const listed = await call('GET', `/api/campaigns/${id}/preview-links`, editor)
    expect(listed.status).toBe(200)
    const working = (listed.body.links as { id: string }[]).map((link) => link.id)
    expect(working.slice(0, 3)).toEqual([third.id, second.id, first.id])

    const revoke = (link: string, headers: Headers = editor) =>
      call('DELETE', `/api/campaigns/${id}/preview-links/${link}`, headers)
    expect((await revoke(first.id, evaluator)).status).toBe(403)
    expect((await revoke(first.id, {})).status).toBe(401)
    expect((await call('GET', `${first.path}/view.json`)).status).toBe(200)
    const revoked = await revoke(first.id)
    expect(revoked.status).toBe(200)
    expect(revoked.body.revoked).toMatchObject([{ id: first.id, locale: 'en' }])

    // Replaying the revoked link, its page or its data, is refused in words; others still work.
    const replayed = await call('GET', `${first.path}/view.json`)
    expect(replayed.status).toBe(410)
    expect(messageOf(replayed)).toMatch(/^The campaign's editor withdrew it on .* GMT\./)
    const page = await call('GET', first.path)
    expect(page.status).toBe(410)
    expect(String(page.body.html)).toContain('This preview link was revoked')
    expect((await call('GET', `${second.path}/view.json`)).status).toBe(200)
    const again = await revoke(first.id)
    expect(again.status).toBe(404)
    expect(messageOf(again)).toMatch(/may have expired or been revoked already\.$/)
    expect((await revoke('not-a-link-of-this-campaign')).status).toBe(404)

    const all = await call('DELETE', `/api/campaigns/${id}/preview-links`, editor)
    expect(all.status).toBe(200)
    const ended = (all.body.revoked as { id: string }[]).map((link) => link.id)
    expect(ended).toEqual(expect.arrayContaining([second.id, third.id]))
    expect(ended).not.toContain(first.id)
    for (const link of [second, third]) {
      expect((await call('GET', `${link.path}/view.json`)).status).toBe(410)
    }
    const none = await call('GET', `/api/campaigns/${id}/preview-links`, editor)
    expect(none.body.links).toEqual([])

    // A link made after "revoke all" works.
    const fresh = (await createLink({ locale: 'en' })).body as unknown as Link
    expect((await call('GET', `${fresh.path}/view.json`)).status).toBe(200)

    const audit = await call(
      'GET',
      `/api/audit-events?where[action][equals]=campaign.preview-link-revoked&where[subjectId][equals]=${id}&sort=createdAt`,
      admin,
    )
    expect(audit.body.docs).toMatchObject([
      {
        locale: 'en',
        summary: expect.stringMatching(
          /revoked a preview link to a draft of “Before you sign” \(en, made by .+\)$/,
        ),
      },
      {
        summary: expect.stringMatching(
          /revoked every preview link to drafts of “Before you sign” \(\d+\)$/,
        ),
      },
    ])
    // Nobody un-revokes by rewriting or deleting the log.
    const entry = (audit.body.docs as { id: string }[])[0].id
    expect((await call('DELETE', `/api/audit-events/${entry}`, admin)).status).toBe(403)
  })

  it("shows a draft's images to a valid link and to staff, and nothing else to anyone", async () => {
    const upload = (name: string) =>
      server.payload.create({
        collection: 'media',
        data: { alt: 'A lawful recruitment poster' },
        file: { data: PNG, mimetype: 'image/png', name, size: PNG.length },
      })
    const poster = await upload('draft-poster.png')
    const other = await upload('other-poster.png')
    const saved = await call('PATCH', `/api/campaigns/${id}?draft=true&locale=en`, editor, {
      body: bodyToLexical([
        { paragraph: 'Look for the licence number on every poster.' },
        { image: { caption: 'A lawful recruitment poster', media: poster.id } },
      ]),
    })
    expect(saved.status).toBe(200)
    const link = (await createLink({ locale: 'en' })).body as unknown as Link
    const view = await call('GET', `${link.path}/view.json`)
    const html = String((view.body.body as { html: string }).html)
    const src = `${link.path}/media/${poster.filename}`
    expect(html).toContain(`<img src="${src}" alt="A lawful recruitment poster"`)

    const image = await fetch(`${server.url}${src}`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('cache-control')).toBe('private, no-store')
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true)

    // Without the link the draft's image stays private: not on the partners' path, not on the API.
    expect((await fetch(`${server.url}/media/${poster.filename}`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/media/file/${poster.filename}`)).status).toBe(403)
    // The link reads the images its draft shows, nothing else; forged or revoked, none at all.
    for (const name of [other.filename, '..%2Fpayload.config.ts', 'nothing.png']) {
      expect((await fetch(`${server.url}${link.path}/media/${name}`)).status, String(name)).toBe(
        404,
      )
    }
    const [body, signature] = (link.path.split('/').pop() ?? '').split('.')
    const forged = `/preview/links/${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect((await fetch(`${server.url}${forged}/media/${poster.filename}`)).status).toBe(404)

    // Staff's live preview shows it too, signed in only.
    const live = await call('GET', `/preview/campaigns/${id}/view.json?locale=en`, editor)
    const liveSrc = `/preview/campaigns/${id}/media/${poster.filename}`
    expect(String((live.body.body as { html: string }).html)).toContain(`<img src="${liveSrc}"`)
    expect((await fetch(`${server.url}${liveSrc}`, { headers: editor })).status).toBe(200)
    expect((await fetch(`${server.url}${liveSrc}`)).status).toBe(401)

    expect(
      (await call('DELETE', `/api/campaigns/${id}/preview-links/${link.id}`, editor)).status,
    ).toBe(200)
    expect((await fetch(`${server.url}${src}`)).status).toBe(410)
  })
})
