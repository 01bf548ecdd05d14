import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Audience, AuditEvent } from '../../../src/payload-types'
import type { RunningServer } from '../../../src/server/startServer'

import { createPartner, type Headers, PASSWORD, signInAs } from '../../helpers/accounts'
import { startTestServer } from '../../helpers/testServer'

type Docs = { docs: AuditEvent[]; totalDocs: number }

describe('the audit log, over HTTP', () => {
  let server: RunningServer
  let admin: Headers
  let adminEmail: string
  let editor: Headers
  let evaluator: Headers
  let audience: Audience['id']

  const call = async (method: string, path: string, headers: Headers, body?: object) => {
    const response = await fetch(`${server.url}/api/${path}`, {
      body: body ? JSON.stringify(body) : undefined,
      headers: { ...headers, 'Content-Type': 'application/json' },
      method,
    })
    const text = await response.text()
    return {
      body: (text ? JSON.parse(text) : null) as Record<string, unknown>,
      status: response.status,
    }
  }

  /** The entries about one subject, oldest first, as an administrator filters them. */
  const entriesAbout = async (collection: string, id: number | string) => {
    const query = new URLSearchParams({
      'where[subjectCollection][equals]': collection,
      'where[subjectId][equals]': String(id),
      sort: 'createdAt',
      limit: '100',
    })
    const { body, status } = await call('GET', `audit-events?${query}`, admin)
    expect(status).toBe(200)
    return (body as unknown as Docs).docs
  }

  beforeAll(async () => {
    server = await startTestServer()
    const signedIn = await signInAs(server.payload, server.url, 'admin')
    admin = signedIn.headers
    adminEmail = (
      await server.payload.findByID({ collection: 'users', id: signedIn.id, overrideAccess: true })
    ).email
    editor = (await signInAs(server.payload, server.url, 'editor')).headers
    evaluator = (await signInAs(server.payload, server.url, 'evaluator')).headers
    audience = (
      await server.payload.create({
        collection: 'audiences',
        data: { name: 'Travellers', slug: 'travellers' },
      })
    ).id
  })
  afterAll(async () => {
    await server?.close()
  })

  it('records an account created and its role changed, by whom, from what to what', async () => {
    const email = `new-${randomUUID()}@example.org`
    const created = await call('POST', 'users', admin, {
      email,
      password: PASSWORD,
      role: 'editor',
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number | string }).id
    expect((await call('PATCH', `users/${id}`, admin, { role: 'evaluator' })).status).toBe(200)
    // A save that leaves the role alone is not a role change.
    expect((await call('PATCH', `users/${id}`, admin, { role: 'evaluator' })).status).toBe(200)

    const entries = await entriesAbout('users', id)
    expect(entries.map((entry) => [entry.action, entry.details])).toEqual([
      ['user.created', { role: 'editor' }],
      ['user.role-changed', { from: 'editor', to: 'evaluator' }],
    ])
    expect(entries.every((entry) => entry.actorLabel === adminEmail)).toBe(true)
    expect(entries[1]?.summary).toBe(
      `${adminEmail} changed the role of ${email} from editor to evaluator`,
    )
    expect(Date.parse(entries[1]!.createdAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('records a partner key created, rotated and revoked, and nothing for other edits', async () => {
    const keys = [randomUUID(), randomUUID()]
    const created = await call('POST', 'partners', admin, {
      apiKey: keys[0],
      enableAPIKey: true,
      organisation: 'Seminar centre',
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number | string }).id
    const steps: [object, number][] = [
      [{ organisation: 'Seminar centre of Cebu' }, 200],
      [{ apiKey: keys[1], enableAPIKey: true }, 200],
      [{ active: false }, 200],
    ]
    for (const [body, status] of steps) {
      expect((await call('PATCH', `partners/${id}`, admin, body)).status).toBe(status)
    }
    const entries = await entriesAbout('partners', id)
    expect(entries.map((entry) => entry.action)).toEqual([
      'partner-key.created',
      'partner-key.rotated',
      'partner-key.revoked',
    ])
    // The log names the key, never holds it.
    const written = JSON.stringify(entries)
    expect(keys.filter((key) => written.includes(key))).toEqual([])
  })

  it('records publishing and unpublishing, not drafts, and nothing for a refused publish', async () => {
    const created = await call('POST', 'campaigns?draft=true&locale=en', editor, {
      audiences: [audience],
      period: { start: '2027-01-01' },
      title: 'Before you sign',
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number | string }).id
    const refused = await call('PATCH', `campaigns/${id}?locale=en`, admin, {
      _status: 'published',
      summary: 'Call [PLACEHOLDER: number].',
    })
    expect(refused.status).toBe(400)
    expect(await entriesAbout('campaigns', id)).toEqual([])

    expect(
      (await call('PATCH', `campaigns/${id}?locale=en`, admin, { _status: 'published' })).status,
    ).toBe(200)
    const draft = await call('PATCH', `campaigns/${id}?locale=en&draft=true`, editor, {
      summary: 'Read this before you sign a contract abroad.',
    })
    expect(draft.status).toBe(200)
    expect(
      (await call('PATCH', `campaigns/${id}?locale=en`, admin, { _status: 'draft' })).status,
    ).toBe(200)

    const entries = await entriesAbout('campaigns', id)
    expect(entries.map((entry) => [entry.action, entry.actorLabel])).toEqual([
      // Nobody reviewed it: an administrator may publish it anyway, and that is what is recorded.
      ['campaign.published-without-approval', adminEmail],
      ['campaign.unpublished', adminEmail],
    ])
    expect(entries[0]?.summary).toBe(
      `${adminEmail} published “Before you sign” without approval in en`,
    )
  })

  it('records an export of evaluation data, with its format and filters', async () => {
    const created = await server.payload.create({
      collection: 'campaigns',
      data: { audiences: [audience], period: { start: '2027-01-01' }, title: 'Exported' },
      draft: true,
    })
    const read = await fetch(`${server.url}/api/reports/campaigns/${created.id}`, {
      headers: evaluator,
    })
    expect(read.status).toBe(200)
    const csv = await fetch(
      `${server.url}/api/reports/campaigns/${created.id}?format=csv&audience=travellers`,
      { headers: evaluator },
    )
    expect(csv.status).toBe(200)
    const entries = await entriesAbout('campaigns', created.id)
    expect(entries.map((entry) => [entry.action, entry.details])).toEqual([
      ['data.exported', { filters: { audience: 'travellers' }, format: 'csv', what: 'report' }],
    ])
    expect(entries[0]?.actorLabel).toMatch(/^evaluator-/)
  })

  it('is read by administrators only, filtered by action, and never written through the API', async () => {
    expect((await call('GET', 'audit-events', editor)).status).toBe(403)
    expect((await call('GET', 'audit-events', evaluator)).status).toBe(403)
    expect((await fetch(`${server.url}/api/audit-events`)).status).toBe(403)
    const partner = await createPartner(server.payload)
    expect((await call('GET', 'audit-events', partner.headers)).status).toBe(403)
    const graphql = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ AuditEvents { docs { summary } } }' }),
      headers: { ...editor, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const answer = (await graphql.json()) as { errors?: { message: string }[] }
    expect(answer.errors?.[0]?.message).toMatch(/not allowed/)

    const query = new URLSearchParams({ 'where[action][equals]': 'user.role-changed' })
    const filtered = await call('GET', `audit-events?${query}`, admin)
    expect(filtered.status).toBe(200)
    const { docs } = filtered.body as unknown as Docs
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((entry) => entry.action === 'user.role-changed')).toBe(true)

    const [entry] = docs
    const forged = { action: 'campaign.published', actorLabel: 'nobody', summary: 'nothing' }
    expect((await call('POST', 'audit-events', admin, forged)).status).toBe(403)
    expect((await call('PATCH', `audit-events/${entry!.id}`, admin, forged)).status).toBe(403)
    expect((await call('DELETE', `audit-events/${entry!.id}`, admin)).status).toBe(403)
    // Trusted code cannot rewrite or remove an entry either.
    await expect(
      server.payload.update({
        collection: 'audit-events',
        data: { summary: 'rewritten' },
        id: entry!.id,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/append-only/)
    await expect(
      server.payload.delete({ collection: 'audit-events', id: entry!.id, overrideAccess: true }),
    ).rejects.toThrow(/append-only/)
    const after = await server.payload.findByID({
      collection: 'audit-events',
      id: entry!.id,
      overrideAccess: true,
    })
    expect(after.summary).toBe(entry!.summary)
  })
})
