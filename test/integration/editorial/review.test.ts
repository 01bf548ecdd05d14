import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '../../../src/payload-types'
import type { RunningServer } from '../../../src/server/startServer'

import { type Headers, signInAs } from '../../helpers/accounts'
import { startTestServer } from '../../helpers/testServer'

type Review = {
  can: { requestReview: boolean; review: boolean }
  locales: { locale: string; state: string }[]
  stage: string
}
type Answer = { body: Record<string, unknown> & { errors?: { message: string }[] }; status: number }

const everyCheck = {
  accurate: true,
  hotlinesVerified: true,
  noRestraintImagery: true,
  noStigmatisingLanguage: true,
}

describe('review and sign-off, over HTTP', () => {
  let server: RunningServer
  let editor: Headers
  let editorId: number | string
  let reviewer: Headers
  let admin: Headers
  let id: Campaign['id']

  const call = async (
    method: string,
    path: string,
    headers: Headers,
    body?: object,
  ): Promise<Answer> => {
    const response = await fetch(`${server.url}/api/${path}`, {
      body: body ? JSON.stringify(body) : undefined,
      headers: { ...headers, 'Content-Type': 'application/json' },
      method,
    })
    return { body: (await response.json()) as Answer['body'], status: response.status }
  }
  const review = async (headers: Headers = editor) => {
    const answer = await call('GET', `campaigns/${id}/review`, headers)
    expect(answer.status).toBe(200)
    return answer.body as unknown as Review
  }
  const states = async () =>
    Object.fromEntries((await review()).locales.map((entry) => [entry.locale, entry.state]))
  const decide = (locale: string, body: object, headers: Headers = reviewer) =>
    call('POST', `campaigns/${id}/reviews`, headers, { locale, ...body })
  const publish = (headers: Headers) =>
    call('PATCH', `campaigns/${id}?locale=en`, headers, { _status: 'published' })
  const auditEntries = async () => {
    const query = new URLSearchParams({
      'where[subjectCollection][equals]': 'campaigns',
      'where[subjectId][equals]': String(id),
      limit: '100',
      sort: 'createdAt',
    })
    const answer = await call('GET', `audit-events?${query}`, admin)
    return answer.body.docs as { action: string; subjectLabel: string; summary: string }[]
  }
  const auditActions = async () => (await auditEntries()).map((entry) => entry.action)

  beforeAll(async () => {
    server = await startTestServer()
    // The first account is always an administrator.
    admin = (await signInAs(server.payload, server.url, 'admin')).headers
    const signedIn = await signInAs(server.payload, server.url, 'editor')
    editor = signedIn.headers
    editorId = signedIn.id
    reviewer = (await signInAs(server.payload, server.url, 'reviewer')).headers
    const audience = await server.payload.create({
      collection: 'audiences',
      data: { name: 'Travellers', slug: 'travellers' },
    })
    const created = await call('POST', 'campaigns?draft=true&locale=en', editor, {
      audiences: [audience.id],
      period: { start: '2027-01-01' },
      summary: 'Read the contract before you sign it.',
      title: 'Before you sign',
    })
    expect(created.status).toBe(201)
    id = (created.body.doc as Campaign).id
    const french = await call('PATCH', `campaigns/${id}?draft=true&locale=fr`, editor, {
      summary: 'Lisez le contrat avant de le signer.',
      title: 'Avant de signer',
    })
    expect(french.status).toBe(200)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('starts as a draft, each language unreviewed, and an editor cannot publish it', async () => {
    const start = await review()
    expect(start.stage).toBe('draft')
    expect(start.can).toEqual({ requestReview: true, review: false })
    expect(await states()).toEqual({ en: 'not-reviewed', fr: 'not-reviewed' })
    expect((await review(reviewer)).can).toEqual({ requestReview: false, review: true })

    const refused = await publish(editor)
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^This version is not approved for publishing: English \(en\) has not been reviewed; Français \(fr\) has not been reviewed\./,
    )
    const stored = await server.payload.findByID({ collection: 'campaigns', id })
    expect(stored._status).toBe('draft')

    // An editor who chose French on the account page (Payload's language cookie) reads French.
    const inFrench = await publish({ ...editor, Cookie: 'payload-lng=fr' })
    expect(inFrench.status).toBe(403)
    expect(inFrench.body.errors?.[0]?.message).toMatch(
      /^Cette version n’est pas approuvée pour publication : English \(en\) n’a pas été relu; Français \(fr\) n’a pas été relu\./,
    )
  })

  it('does not publish an unapproved version an editor scheduled, when it comes due', async () => {
    await server.payload.jobs.queue({
      input: {
        doc: { relationTo: 'campaigns', value: id },
        type: 'publish',
        user: { relationTo: 'users', value: editorId as number },
      },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    await server.payload.jobs.run()
    const stored = await server.payload.findByID({ collection: 'campaigns', id })
    expect(stored._status).toBe('draft')
    expect(await auditActions()).toEqual([])
  })

  it('goes to review, where only reviewers decide, after the whole checklist', async () => {
    expect((await call('POST', `campaigns/${id}/review-request`, editor)).status).toBe(200)
    expect((await review()).stage).toBe('in-review')
    expect((await call('POST', `campaigns/${id}/review-request`, reviewer)).status).toBe(403)

    const byEditor = await decide('en', { checklist: everyCheck, decision: 'approve' }, editor)
    expect(byEditor.status).toBe(403)
    const partial = await decide('en', {
      checklist: { ...everyCheck, noRestraintImagery: false },
      decision: 'approve',
    })
    expect(partial.status).toBe(400)
    expect(partial.body.errors?.[0]?.message).toBe(
      'Approve English (en) only after the whole checklist; not ticked: No restraint or cage imagery.',
    )
    const unknownLocale = await decide('ar', { checklist: everyCheck, decision: 'approve' })
    expect(unknownLocale.status).toBe(400)
    expect(unknownLocale.body.errors?.[0]?.message).toBe(
      `"locale" must be one of the campaign's languages (en, fr), got "ar".`,
    )
    // A reviewer whose browser asks for Arabic or French reads the refusal in it, values kept.
    const inArabic = await decide(
      'en',
      { checklist: { ...everyCheck, accurate: false }, decision: 'approve' },
      { ...reviewer, 'Accept-Language': 'ar' },
    )
    expect(inArabic.body.errors?.[0]?.message).toBe(
      'اعتمد English (en) بعد قائمة التحقق كاملة فقط؛ غير معلَّم: الجريمة مصوَّرة بدقة.',
    )
    const inFrench = await decide(
      'de',
      { checklist: everyCheck, decision: 'approve' },
      { ...reviewer, Cookie: 'payload-lng=fr' },
    )
    expect(inFrench.body.errors?.[0]?.message).toBe(
      '« locale » doit être l’une des langues de la campagne (en, fr) ; reçu : "de".',
    )

    expect((await decide('en', { checklist: everyCheck, decision: 'approve' })).status).toBe(201)
    const noComment = await decide('fr', { decision: 'request-changes' })
    expect(noComment.status).toBe(400)
    expect(noComment.body.errors?.[0]?.message).toMatch(/"comment" is required/)
    const asked = await decide('fr', {
      comment: '“Lisez” suffit; ajoutez le numéro vert vérifié.',
      decision: 'request-changes',
    })
    expect(asked.status).toBe(201)
    expect(await states()).toEqual({ en: 'approved', fr: 'changes-requested' })
    expect((await review()).stage).toBe('changes-requested')
    expect((await publish(editor)).body.errors?.[0]?.message).toContain(
      'Français (fr) has changes requested by its reviewer',
    )
  })

  it('keeps the record out of reach of a save that forges it, and of reviewers editing text', async () => {
    const forged = await call('PATCH', `campaigns/${id}?draft=true&locale=en`, editor, {
      review: {
        signOffs: [
          {
            checklist: everyCheck,
            decidedAt: new Date().toISOString(),
            decision: 'approved',
            fingerprint: 'forged',
            locale: 'fr',
          },
        ],
      },
    })
    expect(forged.status).toBe(200)
    expect(await states()).toEqual({ en: 'approved', fr: 'changes-requested' })
    const edit = await call('PATCH', `campaigns/${id}?draft=true&locale=fr`, reviewer, {
      title: 'Réécrit',
    })
    expect(edit.status).toBe(403)
  })

  it('publishes for an editor once every language is approved, with the approvals in the version', async () => {
    const fixed = await call('PATCH', `campaigns/${id}?draft=true&locale=fr`, editor, {
      summary: 'Lisez le contrat avant de signer.',
    })
    expect(fixed.status).toBe(200)
    expect((await decide('fr', { checklist: everyCheck, decision: 'approve' })).status).toBe(201)
    expect((await review()).stage).toBe('approved')

    expect((await publish(editor)).status).toBe(200)
    const live = await server.payload.findByID({ collection: 'campaigns', depth: 0, id })
    expect(live._status).toBe('published')
    expect(live.reviewStage).toBe('published')
    const approvals = (live.review?.signOffs ?? []).filter((entry) => entry.decision === 'approved')
    expect(approvals.map((entry) => entry.locale).sort()).toEqual(['en', 'fr'])
    expect(approvals.every((entry) => entry.checklist?.noRestraintImagery === true)).toBe(true)
    expect(live.review?.publishedWithoutApproval?.at ?? null).toBeNull()
  })

  it('counts an approval only for the text approved; an admin may publish anyway, on record', async () => {
    const changed = await call('PATCH', `campaigns/${id}?draft=true&locale=en`, editor, {
      summary: 'Read every page of the contract before you sign it.',
    })
    expect(changed.status).toBe(200)
    expect(await states()).toEqual({ en: 'outdated', fr: 'approved' })
    const refused = await publish(editor)
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.message).toContain(
      'English (en) was approved for an earlier text and changed since',
    )

    expect((await publish(admin)).status).toBe(200)
    const live = await server.payload.findByID({ collection: 'campaigns', depth: 0, id })
    expect(live.summary).toBe('Read every page of the contract before you sign it.')
    expect(live.review?.publishedWithoutApproval?.locales).toEqual(['en'])
    expect(live.review?.publishedWithoutApproval?.byLabel).toMatch(/^admin-/)
    expect(await auditActions()).toEqual([
      'campaign.review-requested',
      'campaign.approved',
      'campaign.changes-requested',
      'campaign.approved',
      'campaign.published',
      'campaign.published-without-approval',
    ])
    const entries = await auditEntries()
    expect(entries.every((entry) => entry.subjectLabel === 'Before you sign')).toBe(true)
    expect(entries.find((entry) => entry.action === 'campaign.approved')?.summary).toMatch(
      /^reviewer-\S+ approved English \(en\) of “Before you sign”$/,
    )
  })
})
