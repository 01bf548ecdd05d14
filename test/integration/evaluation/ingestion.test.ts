import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BatchResult } from '../../../src/evaluation/events/wireEvent'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { EVENTS_SLUG, SUBMISSIONS_SLUG } from '../../../src/evaluation/collections/slugs'
import { eventStoreFor } from '../../../src/evaluation/store/eventStoreFor'
import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns, type BundledIds } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import {
  anEvent,
  answersFor,
  knowledgeCheckOf,
  type KnowledgeCheck,
  postEvents,
  sendBatch,
} from '../../helpers/evaluation'
import { startTestServer } from '../../helpers/testServer'

const PERU = 'peru-loreto-child-protection'

describe('POST /api/events', () => {
  let server: RunningServer
  let payload: Payload
  let ids: BundledIds
  let partner: { headers: Headers; id: number | string }
  let check: KnowledgeCheck

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    ids = await importBundledCampaigns(payload)
    partner = await createPartner(payload, { allowedAudiences: [ids.audiences.tourists as number] })
    check = await knowledgeCheckOf(payload, PERU)
  })
  afterAll(async () => {
    await server?.close()
  })

  /** The stored event a sender's id names (ids are unique per sender only). */
  const rawEvent = async (id: string, sender = `partner:${partner.id}`) => {
    const { docs } = await payload.find({
      collection: EVENTS_SLUG,
      overrideAccess: true,
      where: { and: [{ eventId: { equals: id } }, { sender: { equals: sender } }] },
    })
    return docs[0]
  }
  const keyOf = (id: string) => `partner:${partner.id}/${id}`

  it('refuses a request without credentials (401) and a bad key (401), saying what to send', async () => {
    const none = await postEvents(server.url, {}, { events: [anEvent()] })
    expect(none.status).toBe(401)
    expect(messageOf(none.body)).toMatch(/partners API-Key/)
    const wrong = await postEvents(
      server.url,
      { Authorization: `partners API-Key ${randomUUID()}` },
      { events: [anEvent()] },
    )
    expect(wrong.status).toBe(401)
    expect(messageOf(wrong.body)).toMatch(/not recognised/)
  })

  it('answers a malformed body with 400 and an actionable message', async () => {
    const notJson = await postEvents(
      server.url,
      partner.headers,
      '{"events": [',
      'application/json',
    )
    expect(notJson.status).toBe(400)
    expect(messageOf(notJson.body)).toMatch(/not valid JSON.*\{"events"/)
    const noList = await postEvents(server.url, partner.headers, { event: [] })
    expect(noList.status).toBe(400)
    expect(messageOf(noList.body)).toMatch(/no "events" list/)
    const text = await postEvents(server.url, partner.headers, 'events', 'text/plain')
    expect(text.status).toBe(400)
    expect(messageOf(text.body)).toMatch(/Content-Type: application\/json/)
  })

  it('answers more than 500 events or more than 1 MB with 413', async () => {
    const tooMany = await postEvents(server.url, partner.headers, {
      events: Array.from({ length: 501 }, () => anEvent()),
    })
    expect(tooMany.status).toBe(413)
    expect(messageOf(tooMany.body)).toMatch(/at most 500/)
    const padding = 'x'.repeat(1024 * 1024)
    const tooBig = await postEvents(server.url, partner.headers, { events: [], padding })
    expect(tooBig.status).toBe(413)
    expect(messageOf(tooBig.body)).toMatch(/larger than 1048576 bytes/)
  })

  it('keeps the valid events of a batch and words every problem of the others by index', async () => {
    const good = anEvent()
    const result = await sendBatch(server.url, partner.headers, [
      { ...anEvent(), email: 'someone@example.org' },
      good,
      { ...anEvent(), occurredAt: 'yesterday', respondent: 'a@b.c' },
      { ...anEvent(), channel: 'billboard', id: 'not-a-uuid' },
      { ...anEvent(), respondent: '+639171234567' },
    ])
    expect(result.accepted).toBe(1)
    expect(result.rejected.map((rejection) => rejection.index)).toEqual([0, 2, 3, 4])
    const [email, time, channel, phone] = result.rejected.map((rejection) => rejection.errors)
    expect(email).toEqual([expect.stringMatching(/"email" is not a field of an event; send only/)])
    expect(time).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"occurredAt" is "yesterday".*ISO 8601/),
        expect.stringMatching(/"respondent" is "a@b.c".*never a name, email address/),
      ]),
    )
    expect(channel).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"channel" is "billboard"; use one of: web, poster-qr/),
        expect.stringMatching(/"id" is "not-a-uuid".*UUID/),
      ]),
    )
    expect(phone).toEqual(
      expect.arrayContaining([expect.stringMatching(/looks like a phone number/)]),
    )
    expect(await rawEvent(good.id)).toBeDefined()
  })

  it('is idempotent on the event id: a retried batch changes nothing', async () => {
    const batch = [anEvent(), anEvent({ type: 'engagement' }), anEvent({ type: 'cta' })]
    const campaign = String(ids.campaigns[PERU])
    const before = await eventStoreFor(payload).countEvents(campaign)
    const cellsBefore = await eventStoreFor(payload).readCells({ campaign })
    const first = await sendBatch(server.url, partner.headers, batch)
    expect(first).toMatchObject({ accepted: 3, duplicates: 0, rejected: [] })
    const cellsAfterFirst = await eventStoreFor(payload).readCells({ campaign })
    const retry = await sendBatch(server.url, partner.headers, [...batch, batch[0]])
    expect(retry).toMatchObject({ accepted: 0, duplicates: 4, rejected: [] })
    expect(await eventStoreFor(payload).countEvents(campaign)).toBe(before + 3)
    expect(await eventStoreFor(payload).readCells({ campaign })).toEqual(cellsAfterFirst)
    expect(cellsAfterFirst).not.toEqual(cellsBefore)
  })

  it('keeps the same event id from two partners, and from a partner and a field upload, for each', async () => {
    // The attack: a partner sends ids first that another sender will use, so that the other's
    // events become silent "duplicates".
    const other = await createPartner(payload, {
      allowedAudiences: [ids.audiences.tourists as number],
    })
    const staff = await signInAs(payload, server.url, 'editor')
    const campaign = String(ids.campaigns[PERU])
    const before = await eventStoreFor(payload).countEvents(campaign)
    const shared = randomUUID()
    const mine = anEvent({ id: shared })
    const theirs = anEvent({ id: shared })
    expect(await sendBatch(server.url, partner.headers, [mine])).toMatchObject({ accepted: 1 })
    expect(await sendBatch(server.url, other.headers, [theirs])).toMatchObject({
      accepted: 1,
      duplicates: 0,
    })
    expect(await sendBatch(server.url, staff.headers, [anEvent({ id: shared })])).toMatchObject({
      accepted: 1,
      duplicates: 0,
    })
    // Each sender's retry is still its own duplicate.
    expect(await sendBatch(server.url, other.headers, [theirs])).toMatchObject({
      accepted: 0,
      duplicates: 1,
    })
    expect(await eventStoreFor(payload).countEvents(campaign)).toBe(before + 3)
    expect((await rawEvent(shared))!.sender).toBe(`partner:${partner.id}`)
    expect((await rawEvent(shared, `partner:${other.id}`))!.sender).toBe(`partner:${other.id}`)
  })

  it('reserves "field-" respondent ids to the field upload', async () => {
    const posted = await postEvents(server.url, partner.headers, {
      events: [
        anEvent({ respondent: 'field-MNL-0314-100' }),
        anEvent({ respondent: 'FIELD-x12345' }),
      ],
    })
    expect(posted.status).toBe(200)
    const { accepted, rejected } = posted.body as BatchResult
    expect(accepted).toBe(0)
    expect(rejected.map((rejection) => rejection.index)).toEqual([0, 1])
    expect(rejected[0].errors.join()).toMatch(/reserved to paper sheets/)
  })

  it('rejects an unknown campaign, an unpublished one and an audience the partner may not serve', async () => {
    const draft = await payload.create({
      collection: 'campaigns',
      data: {
        _status: 'draft',
        audiences: [ids.audiences.tourists as number],
        period: { start: '2026-01-01' },
        slug: 'draft-campaign',
        title: 'Draft',
      },
      draft: true,
      overrideAccess: true,
    })
    const result = await sendBatch(server.url, partner.headers, [
      anEvent({ campaign: 'no-such-campaign' }),
      anEvent({ campaign: draft.id }),
      anEvent({ audience: 'migrant-workers', campaign: 'philippines-pre-departure' }),
      anEvent({ audience: 'migrant-workers' }),
    ])
    expect(result.accepted).toBe(0)
    const messages = result.rejected.map((rejection) => rejection.errors.join(' '))
    expect(messages[0]).toMatch(/"no-such-campaign" is not a published campaign/)
    expect(messages[1]).toMatch(/is not a published campaign/)
    expect(messages[2]).toMatch(/may not serve "migrant-workers"/)
    expect(messages[3]).toMatch(/not an audience of campaign "peru-loreto-child-protection"/)
  })

  it('takes the partner from the key, stores a campaign-scoped pseudonym and no IP or user agent', async () => {
    const respondent = `device-${randomUUID()}`
    const event = anEvent({ respondent })
    await sendBatch(server.url, { ...partner.headers, 'User-Agent': 'Fancy/1.0' }, [event])
    const stored = (await rawEvent(event.id))!
    expect(stored.partner).toBe(String(partner.id))
    expect(stored.respondent).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain(respondent)
    expect(JSON.stringify(stored)).not.toMatch(/Fancy|127\.0\.0\.1/)

    const other = anEvent({
      audience: 'hospitality-students',
      campaign: 'france-hospitality-duty-to-act',
      respondent,
    })
    const staff = await signInAs(payload, server.url, 'editor')
    expect((await sendBatch(server.url, staff.headers, [other])).accepted).toBe(1)
    const elsewhere = (await rawEvent(other.id, `user:${staff.id}`))!
    expect(elsewhere.respondent).toMatch(/^[0-9a-f]{64}$/)
    expect(elsewhere.respondent).not.toBe(stored.respondent)
    expect(elsewhere.partner ?? null).toBeNull()
  })

  it('counts events without consent as impressions only, and refuses an assessment without consent', async () => {
    const campaign = String(ids.campaigns[PERU])
    const impression = anEvent({ consent: false })
    const engagement = anEvent({ consent: false, type: 'engagement' })
    const assessment = anEvent({
      assessment: {
        answers: answersFor(check, new Set()),
        assessment: check.slug,
        phase: 'pre',
        revision: check.revision,
      },
      consent: false,
      type: 'assessment',
    })
    const before = await eventStoreFor(payload).readCells({ campaign })
    const total = (cells: typeof before, name: 'engagements' | 'impressions') =>
      cells.reduce((sum, cell) => sum + cell[name], 0)
    const result = await sendBatch(server.url, partner.headers, [
      impression,
      engagement,
      assessment,
    ])
    expect(result.accepted).toBe(2)
    expect(result.rejected).toEqual([
      { errors: [expect.stringMatching(/needs "consent": true/)], index: 2 },
    ])
    const after = await eventStoreFor(payload).readCells({ campaign })
    expect(total(after, 'impressions')).toBe(total(before, 'impressions') + 1)
    expect(total(after, 'engagements')).toBe(total(before, 'engagements'))
    expect((await rawEvent(impression.id))!.respondent ?? null).toBeNull()
  })

  it('scores on the server and returns per-item feedback for post submissions only', async () => {
    const respondent = `r-${randomUUID()}`
    const right = new Set(check.items.slice(0, 2).map((item) => item.key))
    const submission = (phase: 'post' | 'pre') =>
      anEvent({
        assessment: {
          answers: answersFor(check, right),
          assessment: check.slug,
          phase,
          revision: check.revision,
        },
        locale: 'fr',
        respondent,
        type: 'assessment',
      })
    const pre = submission('pre')
    const post = submission('post')
    const result = await sendBatch(server.url, partner.headers, [pre, post])
    expect(result).toMatchObject({ accepted: 2, rejected: [] })
    expect(result.feedback).toHaveLength(1)
    const [feedback] = result.feedback
    expect(feedback).toMatchObject({ id: post.id, index: 1, score: 2 / check.items.length })
    // Every item was answered, so every item is explained.
    expect(feedback.items.map((item) => item.item)).toEqual(check.items.map((item) => item.key))
    for (const item of feedback.items) {
      const key = check.items.find((candidate) => candidate.key === item.item)!
      expect(item.correct).toBe(right.has(item.item))
      expect(item.correctChoices).toEqual(key.correct)
      expect(item.explanation).toMatch(/\w/)
    }
    expect(feedback.items[0].explanation).toMatch(/La Línea 1818 du ministère/)

    const { docs } = await payload.find({
      collection: SUBMISSIONS_SLUG,
      overrideAccess: true,
      where: { event: { in: [keyOf(pre.id), keyOf(post.id)] } },
    })
    expect(docs.map((doc) => doc.score)).toEqual([2 / check.items.length, 2 / check.items.length])
  })

  it('gives a post that answers one item the key of that item only, never the whole answer key', async () => {
    // The attack: one post submission naming a single item, to harvest the correct choices of
    // every item before taking the pre check.
    const [asked, ...others] = check.items
    const probe = anEvent({
      assessment: {
        answers: { [asked.key]: asked.choices[0] },
        assessment: check.slug,
        phase: 'post',
        revision: check.revision,
      },
      type: 'assessment',
    })
    const result = await sendBatch(server.url, partner.headers, [probe])
    expect(result).toMatchObject({ accepted: 1, rejected: [] })
    const [feedback] = result.feedback
    expect(feedback.items).toEqual([
      expect.objectContaining({ correctChoices: asked.correct, item: asked.key }),
    ])
    const answer = JSON.stringify(result)
    for (const item of others) expect(answer).not.toContain(`"${item.key}"`)
  })

  it('teaches with the explanation as last edited, without changing the revision', async () => {
    const stored = await payload.find({
      collection: 'assessments',
      locale: 'en',
      overrideAccess: true,
      where: { slug: { equals: check.slug } },
    })
    const assessment = stored.docs[0]
    const postFor = (respondent: string) =>
      anEvent({
        assessment: {
          answers: answersFor(check, new Set()),
          assessment: check.slug,
          phase: 'post',
          revision: check.revision,
        },
        locale: 'en',
        respondent,
        type: 'assessment',
      })
    const before = await sendBatch(server.url, partner.headers, [postFor(`r-${randomUUID()}`)])
    const reworded = 'Reworded: call 1818, free and confidential, day and night.'
    const items = assessment.items.map((item, index) =>
      index === 0 ? { ...item, explanation: reworded } : item,
    )
    const updated = await payload.update({
      collection: 'assessments',
      data: { items },
      id: assessment.id,
      locale: 'en',
      overrideAccess: true,
    })
    expect(updated.revision).toBe(check.revision)
    const after = await sendBatch(server.url, partner.headers, [postFor(`r-${randomUUID()}`)])
    expect(before.feedback[0].items[0].explanation).not.toBe(reworded)
    expect(after.feedback[0].items[0].explanation).toBe(reworded)
  })

  it('counts the first submission of a phase and keeps later ones as raw events only', async () => {
    const respondent = `r-${randomUUID()}`
    const submit = (right: number) =>
      anEvent({
        assessment: {
          answers: answersFor(check, new Set(check.items.slice(0, right).map((item) => item.key))),
          assessment: check.slug,
          phase: 'pre',
          revision: check.revision,
        },
        respondent,
        type: 'assessment',
      })
    const first = submit(1)
    const second = submit(3)
    expect((await sendBatch(server.url, partner.headers, [first])).accepted).toBe(1)
    expect((await sendBatch(server.url, partner.headers, [second])).accepted).toBe(1)
    expect(await rawEvent(second.id)).toBeDefined()
    const { docs } = await payload.find({
      collection: SUBMISSIONS_SLUG,
      overrideAccess: true,
      where: { event: { in: [keyOf(first.id), keyOf(second.id)] } },
    })
    expect(docs.map((doc) => doc.event)).toEqual([keyOf(first.id)])
  })

  it('scores against the revision the respondent saw, after the answer key changed', async () => {
    const assessment = await payload.findByID({
      collection: 'assessments',
      depth: 0,
      id: check.id,
      overrideAccess: true,
    })
    const [firstItem, ...rest] = assessment.items
    const flipped = firstItem.choices.map((choice) => ({ ...choice, correct: !choice.correct }))
    const updated = await payload.update({
      collection: 'assessments',
      data: { items: [{ ...firstItem, choices: flipped }, ...rest] },
      id: check.id,
      overrideAccess: true,
    })
    expect(updated.revision).toBe(check.revision + 1)

    const allRight = answersFor(check, new Set(check.items.map((item) => item.key)))
    const send = (revision: number) =>
      anEvent({
        assessment: { answers: allRight, assessment: check.id, phase: 'post', revision },
        type: 'assessment',
      })
    const result: BatchResult = await sendBatch(server.url, partner.headers, [
      send(check.revision),
      send(check.revision + 1),
      send(check.revision + 7),
    ])
    expect(result.feedback.map((feedback) => feedback.score)).toEqual([
      1,
      (check.items.length - 1) / check.items.length,
    ])
    expect(result.rejected).toEqual([
      { errors: [expect.stringMatching(/has no revision 8/)], index: 2 },
    ])
  })

  it('refuses answers to items or choices the revision does not have', async () => {
    const result = await sendBatch(server.url, partner.headers, [
      anEvent({
        assessment: {
          answers: { 'made-up': 'a', [check.items[0].key]: 'z' },
          assessment: check.slug,
          phase: 'pre',
          revision: check.revision,
        },
        type: 'assessment',
      }),
    ])
    expect(result.rejected[0].errors).toEqual([
      expect.stringMatching(/has no item "made-up"/),
      expect.stringMatching(/"z" is not a choice of this item/),
    ])
  })

  it('stops accepting a partner key at once when the partner is deactivated', async () => {
    const short = await createPartner(payload, {
      allowedAudiences: [ids.audiences.tourists as number],
    })
    expect((await sendBatch(server.url, short.headers, [anEvent()])).accepted).toBe(1)
    await payload.update({
      collection: 'partners',
      data: { active: false },
      id: short.id,
      overrideAccess: true,
    })
    const refused = await postEvents(server.url, short.headers, { events: [anEvent()] })
    expect(refused.status).toBe(403)
    expect(messageOf(refused.body)).toMatch(/deactivated/)
  })
})
