import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BatchResult, WireEvent } from '../../../src/evaluation/events/wireEvent'
import type { SessionAnswer } from '../../../src/evaluation/sessions/sessionRoute'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { serverKeysFor } from '../../../src/evaluation/ids/serverKeys'
import { newSessionId, signSession } from '../../../src/evaluation/sessions/widgetSession'
import { createPartner } from '../../helpers/accounts'
import { importBundledCampaigns, type BundledIds } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import {
  anEvent,
  answersFor,
  knowledgeCheckOf,
  type KnowledgeCheck,
  postEvents,
} from '../../helpers/evaluation'
import { startTestServer } from '../../helpers/testServer'

const PERU = 'peru-loreto-child-protection'
const ORIGIN = 'https://tours.example.org'
const SESSIONS_PER_MINUTE = 12

describe('publishable keys and signed widget sessions', () => {
  let server: RunningServer
  let payload: Payload
  let ids: BundledIds
  let check: KnowledgeCheck
  let partner: Awaited<ReturnType<typeof createPartner>>
  /** The page's requests: the publishable key, from the partner's own origin. */
  let page: Headers

  beforeAll(async () => {
    process.env.WIDGET_SESSIONS_PER_MINUTE = String(SESSIONS_PER_MINUTE)
    process.env.WIDGET_MIN_SECONDS_PER_ITEM = '1'
    server = await startTestServer()
    payload = server.payload
    ids = await importBundledCampaigns(payload)
    check = await knowledgeCheckOf(payload, PERU)
    partner = await createPartner(payload, {
      allowedAudiences: [ids.audiences.tourists as number],
      allowedOrigins: [ORIGIN],
    })
    page = { ...partner.publishableHeaders, Origin: ORIGIN }
  })
  afterAll(async () => {
    delete process.env.WIDGET_SESSIONS_PER_MINUTE
    delete process.env.WIDGET_MIN_SECONDS_PER_ITEM
    await server?.close()
  })

  const startSession = async (body: Record<string, unknown>, headers: Headers = page) => {
    const response = await fetch(`${server.url}/api/widget/sessions`, {
      body: JSON.stringify(body),
      headers: { ...headers, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    return { body: (await response.json()) as unknown, status: response.status }
  }

  /** A session as the server would have issued it `secondsAgo` (the test holds the secret). */
  const sessionIssued = (respondent: string, secondsAgo: number) => {
    const iat = Math.floor(Date.now() / 1000) - secondsAgo
    return signSession(serverKeysFor(payload).widgetSession, {
      a: String(ids.audiences.tourists),
      c: String(ids.campaigns[PERU]),
      exp: iat + 3600,
      iat,
      p: String(partner.id),
      r: respondent,
      sid: newSessionId(),
      v: 1,
    })
  }

  const assessment = (respondent: string, phase: 'post' | 'pre'): WireEvent =>
    anEvent({
      assessment: {
        answers: answersFor(check, new Set([check.items[0].key])),
        assessment: check.slug,
        phase,
        revision: check.revision,
      },
      respondent,
      type: 'assessment',
    })

  const send = (session: string | undefined, events: WireEvent[], headers: Headers = page) =>
    postEvents(server.url, headers, { events, ...(session ? { session } : {}) })

  it('shows each partner both kinds of key, and keeps the publishable one stable', async () => {
    expect(partner.publishableKey).toMatch(/^pk_[0-9a-f]{32}$/)
    const again = await payload.update({
      collection: 'partners',
      data: { organisation: 'Renamed' },
      id: partner.id,
    })
    expect(again.publishableKey).toBe(partner.publishableKey)
  })

  it('refuses a publishable key from another origin or from a server, and a secret key in a page', async () => {
    const events = [anEvent()]
    const elsewhere = await send(undefined, events, {
      ...partner.publishableHeaders,
      Origin: 'https://evil.example.com',
    })
    expect(elsewhere.status).toBe(403)
    expect(messageOf(elsewhere.body)).toMatch(/only in pages on your allowed origins/)
    const noOrigin = await send(undefined, events, partner.publishableHeaders)
    expect(noOrigin.status).toBe(403)
    const leaked = await send(undefined, events, { ...partner.headers, Origin: ORIGIN })
    expect(leaked.status).toBe(403)
    expect(messageOf(leaked.body)).toMatch(/secret key: it must never be in a web page/)
    // The secret key, from a server, sends events for many respondents without a session.
    const server2server = await send(undefined, [anEvent(), anEvent()], partner.headers)
    expect(server2server.status).toBe(200)
    expect((server2server.body as BatchResult).accepted).toBe(2)
  })

  it('takes events from a publishable key only inside a signed, unexpired session', async () => {
    const respondent = `r-${randomUUID()}`
    const none = await send(undefined, [anEvent({ respondent })])
    expect(none.status).toBe(401)
    expect(messageOf(none.body)).toMatch(/only inside a widget session/)

    const started = await startSession({ audience: 'tourists', campaign: PERU, respondent })
    expect(started.status).toBe(201)
    const { session, limits } = started.body as SessionAnswer
    expect(limits.minSecondsPerItem).toBe(1)
    const inside = await send(session, [anEvent({ respondent }), anEvent({ respondent })])
    expect(inside.status).toBe(200)
    expect(inside.body).toMatchObject({ accepted: 2, rejected: [] })

    const [body, signature] = session.split('.')
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { r: string }
    const forged = `${Buffer.from(JSON.stringify({ ...claims, r: 'someone-else-123' })).toString('base64url')}.${signature}`
    expect((await send(forged, [anEvent({ respondent: 'someone-else-123' })])).status).toBe(401)

    const expiredAt = Math.floor(Date.now() / 1000) - 60
    const expired = signSession(serverKeysFor(payload).widgetSession, {
      ...(claims as unknown as Parameters<typeof signSession>[1]),
      exp: expiredAt,
      iat: expiredAt - 3600,
    })
    const late = await send(expired, [anEvent({ respondent })])
    expect(late.status).toBe(401)
    expect(messageOf(late.body)).toMatch(/expired/)
  })

  it('binds a session to its campaign, audience and respondent', async () => {
    const respondent = `r-${randomUUID()}`
    const session = sessionIssued(respondent, 600)
    const answer = await send(session, [
      anEvent({ respondent }),
      anEvent({ respondent: `r-${randomUUID()}` }),
      anEvent({
        audience: 'migrant-workers',
        campaign: 'philippines-pre-departure',
        locale: 'tl',
        respondent,
      }),
    ])
    const result = answer.body as BatchResult
    expect(result.accepted).toBe(1)
    expect(result.rejected.map((rejection) => rejection.index)).toEqual([1, 2])
    expect(result.rejected[0].errors.join()).toMatch(/outside its widget session/)
  })

  it('takes one check of each phase per session, never sooner than a person could answer', async () => {
    const respondent = `r-${randomUUID()}`
    // A session just started: a check sent at once was not answered by a person.
    const fresh = (await startSession({ audience: 'tourists', campaign: PERU, respondent }))
      .body as SessionAnswer
    const rushed = (await send(fresh.session, [assessment(respondent, 'pre')])).body as BatchResult
    expect(rushed.accepted).toBe(0)
    expect(rushed.rejected[0].errors.join()).toMatch(
      new RegExp(`${check.items.length} items take a person at least ${check.items.length} s`),
    )

    const session = sessionIssued(respondent, 600)
    const pre = assessment(respondent, 'pre')
    const first = (await send(session, [pre, assessment(respondent, 'post')])).body as BatchResult
    expect(first).toMatchObject({ accepted: 2, rejected: [] })
    // The same events again are a retry, not a second pre; a new pre is refused.
    expect((await send(session, [pre])).body).toMatchObject({ accepted: 0, duplicates: 1 })
    const second = (await send(session, [assessment(respondent, 'pre')])).body as BatchResult
    expect(second.accepted).toBe(0)
    expect(second.rejected[0].errors.join()).toMatch(/already sent its pre check/)
  })

  it('opens a bounded number of sessions per key per minute: 300 fabricated visitors cannot start', async () => {
    let opened = 0
    let refused = 0
    for (let index = 0; index < 300; index += 1) {
      const answer = await startSession({
        audience: 'tourists',
        campaign: PERU,
        respondent: `fake-${index}-${randomUUID()}`,
      })
      if (answer.status === 201) opened += 1
      else {
        expect(answer.status).toBe(429)
        refused += 1
      }
    }
    // Earlier tests in this file opened two sessions in the same minute.
    expect(opened).toBeLessThanOrEqual(SESSIONS_PER_MINUTE)
    expect(refused).toBeGreaterThanOrEqual(300 - SESSIONS_PER_MINUTE)
  })

  it('refuses sessions for a secret key, a foreign origin, an audience not served, and bad input', async () => {
    const respondent = `r-${randomUUID()}`
    const other = await createPartner(payload, {
      allowedAudiences: [ids.audiences.tourists as number],
      allowedOrigins: [ORIGIN],
    })
    const otherPage = { ...other.publishableHeaders, Origin: ORIGIN }
    const cases: [Record<string, unknown>, Headers, number, RegExp][] = [
      [{ audience: 'tourists', campaign: PERU, respondent }, other.headers, 400, /publishable key/],
      [
        { audience: 'tourists', campaign: PERU, respondent },
        { ...other.publishableHeaders, Origin: 'https://evil.example.com' },
        403,
        /allowed origins/,
      ],
      [
        { audience: 'migrant-workers', campaign: 'philippines-pre-departure', respondent },
        otherPage,
        403,
        /may not serve/,
      ],
      [
        { audience: 'tourists', campaign: PERU, respondent: 'me@example.org' },
        otherPage,
        400,
        /never a name, email/,
      ],
      [
        { audience: 'tourists', campaign: PERU, respondent: 'field-ABC-123' },
        otherPage,
        400,
        /reserved/,
      ],
      [
        { audience: 'tourists', campaign: 'nope', respondent },
        otherPage,
        404,
        /No published campaign/,
      ],
    ]
    for (const [body, headers, status, message] of cases) {
      const answer = await startSession(body, headers)
      expect(answer.status, JSON.stringify(body)).toBe(status)
      expect(messageOf(answer.body)).toMatch(message)
    }
  })

  it('refuses field uploads signed with the publishable key', async () => {
    const response = await fetch(`${server.url}/api/events/import`, {
      body: 'respondent,campaign\n',
      headers: { ...partner.publishableHeaders, 'Content-Type': 'text/csv' },
      method: 'POST',
    })
    expect(response.status).toBe(403)
    expect(messageOf(await response.json())).toMatch(/secret key/)
  })
})
