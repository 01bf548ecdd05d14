import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { bodyToLexical } from '../../../src/packs/lexical'
import { createPartner, signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'

const CRON_SECRET = 'cron-secret-0123456789abcdef0123456789'

/** Payload's own endpoints as a partner, an editor or a stranger probes them. */
describe('Payload’s own endpoints', () => {
  let server: RunningServer
  let ids: BundledIds
  let admin: Awaited<ReturnType<typeof signInAs>>
  let editor: Awaited<ReturnType<typeof signInAs>>
  let partner: Headers

  beforeAll(async () => {
    process.env.CRON_SECRET = CRON_SECRET
    const { startTestServer: start } = await import('../../helpers/testServer')
    server = await start()
    ids = await importBundledCampaigns(server.payload)
    admin = await signInAs(server.payload, server.url, 'admin')
    editor = await signInAs(server.payload, server.url, 'editor')
    partner = (await createPartner(server.payload)).headers
  })
  afterAll(async () => {
    await server?.close()
  })

  it('runs jobs only for administrators and the cron secret', async () => {
    for (const path of ['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']) {
      const as = async (headers: Record<string, string>) =>
        (await fetch(`${server.url}${path}`, { headers })).status
      expect(await as({}), `${path} anonymous`).toBe(401)
      expect(await as(partner), `${path} partner`).toBe(401)
      expect(await as(editor.headers), `${path} editor`).toBe(401)
      expect(await as({ Authorization: 'Bearer not-the-secret' }), `${path} wrong secret`).toBe(401)
      expect(await as(admin.headers), `${path} admin`).toBe(200)
      expect(await as({ Authorization: `Bearer ${CRON_SECRET}` }), `${path} cron`).toBe(200)
    }
  })

  it('records a document lock in the caller’s name, whatever the body says', async () => {
    const response = await fetch(`${server.url}/api/payload-locked-documents`, {
      body: JSON.stringify({
        document: { relationTo: 'campaigns', value: ids.campaigns['philippines-pre-departure'] },
        globalSlug: null,
        user: { relationTo: 'users', value: admin.id },
      }),
      headers: { ...editor.headers, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { user: { value: number | { id: number } } } }
    const holder = typeof doc.user.value === 'object' ? doc.user.value.id : doc.user.value
    expect(holder).toBe(editor.id)
  })

  it('answers malformed page, limit, depth and where with a 400 that says what to change', async () => {
    const cases: [string, RegExp][] = [
      ['limit=abc', /"limit" must be a whole number/],
      ['limit=1e309', /"limit" must be a whole number/],
      ['page=-5', /"page" must be a whole number from 1/],
      ['page=0', /"page" must be a whole number from 1/],
      ['depth=100', /"depth" must be a whole number from 0 to 10/],
      ['where=abc', /"where" is neither JSON nor where\[…\]/],
      ['where[title]=x', /"where\[title\]" needs an operator/],
      ['where[title][bogus]=x', /uses the operator "bogus"/],
      ['where[id][near]=1,2', /uses the operator "near"/],
      ['where[or]=x', /"where\[or\]" must be a list of conditions/],
      ['where[id][in]=a,b', /does not fit the field/],
      ['where[title][like]=a&where[title][like]=b', /takes one value, not a list/],
      [`where[or][0][id][in]=${'1,'.repeat(1000)}1`, /lists more than 1000 values/],
      [
        Array.from({ length: 101 }, (_, index) => `where[or][${index}][slug][equals]=s`).join('&'),
        /holds more than 100 conditions/,
      ],
      ['where[period.start][greater_than]=x', /compares a date with "x", which does not fit/],
      ['where[and][0][updatedAt][in]=2026-01-01,never', /compares a date with "never"/],
    ]
    for (const [query, message] of cases) {
      for (const headers of [admin.headers, partner, {}]) {
        const response = await fetch(`${server.url}/api/campaigns?${query}`, { headers })
        if (headers === admin.headers || response.status !== 403) {
          expect(response.status, `${query}`).toBe(400)
          expect(messageOf(await response.json()), query).toMatch(message)
        }
      }
    }
    // Numeric ids (SQL) refuse "abc" as no id (400); an ObjectId store finds no such document (404).
    const byId = await fetch(`${server.url}/api/campaigns/abc`, { headers: admin.headers })
    expect(byId.status).toBe(process.env.AWARE_TEST_DATABASE === 'mongodb' ? 404 : 400)
  })

  it('refuses rich text holding a node type its editor does not know, naming it', async () => {
    const body = bodyToLexical([{ paragraph: 'Hello.' }]) as { root: { children: unknown[] } }
    body.root.children.push({ children: [], type: 'script-tag', version: 1 })
    const response = await fetch(
      `${server.url}/api/campaigns/${ids.campaigns['peru-loreto-child-protection']}?locale=en`,
      {
        body: JSON.stringify({ body }),
        headers: { ...editor.headers, 'Content-Type': 'application/json' },
        method: 'PATCH',
      },
    )
    expect(response.status).toBe(400)
    expect(messageOf(await response.json())).toMatch(
      /node of type "script-tag" at root\.children\[1\]/,
    )
  })
})
