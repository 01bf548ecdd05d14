/**
 * Walks every cell of the access matrix (who × collection × operation) over real HTTP, through
 * REST and through GraphQL, against the rules in src/access/.
 */
import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { createPartner, type Headers, PASSWORD, signInAs } from '../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

type Who = 'admin' | 'anonymous' | 'editor' | 'evaluator' | 'inactivePartner' | 'partner'
type Content = 'assessments' | 'audiences' | 'campaigns' | 'media' | 'partners' | 'users'
type Operation = 'create' | 'delete' | 'read' | 'update'

const everyone: Who[] = ['anonymous', 'partner', 'inactivePartner', 'evaluator', 'editor', 'admin']
const staff: Who[] = ['evaluator', 'editor', 'admin']
const writers: Who[] = ['editor', 'admin']

/** Who may do what. Reads by a partner are further narrowed; see the partner tests below. */
const allowed: Record<Content, Record<Operation, Who[]>> = {
  assessments: { create: writers, delete: writers, read: [...staff, 'partner'], update: writers },
  audiences: { create: writers, delete: writers, read: [...staff, 'partner'], update: writers },
  campaigns: { create: writers, delete: writers, read: [...staff, 'partner'], update: writers },
  media: { create: writers, delete: writers, read: [...staff, 'partner'], update: writers },
  partners: {
    create: ['admin'],
    delete: ['admin'],
    read: [...staff, 'partner'],
    update: ['admin'],
  },
  // Everyone signed in reads and updates their own account; only admins manage others'.
  users: { create: ['admin'], delete: ['admin'], read: ['admin'], update: ['admin'] },
}

const graphQLNames: Record<Content, { list: string; singular: string }> = {
  assessments: { list: 'Assessments', singular: 'Assessment' },
  audiences: { list: 'Audiences', singular: 'Audience' },
  campaigns: { list: 'Campaigns', singular: 'Campaign' },
  media: { list: 'allMedia', singular: 'Media' },
  partners: { list: 'Partners', singular: 'Partner' },
  users: { list: 'Users', singular: 'User' },
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let counter = 0
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now().toString(36)}`

describe('the access matrix, over HTTP', () => {
  let server: RunningServer
  let ids: BundledIds
  const headers = {} as Record<Who, Headers>
  const partnerIds = {} as Record<'inactivePartner' | 'partner', number | string>
  let draftCampaignId: number | string
  let mediaId: number | string

  const newData = (content: Content): Record<string, unknown> => {
    switch (content) {
      case 'assessments':
        return {
          items: [
            {
              choices: [
                { correct: true, key: 'a', label: 'Yes' },
                { correct: false, key: 'b', label: 'No' },
              ],
              domain: 'rights',
              key: 'q1',
              question: 'May an employer keep your passport?',
            },
          ],
          slug: unique('check'),
          title: 'A check',
        }
      case 'audiences':
        return { name: 'Truck drivers', slug: unique('truck-drivers') }
      case 'campaigns':
        return {
          audiences: [ids.audiences['migrant-workers']],
          period: { start: '2026-01-01T00:00:00.000Z' },
          slug: unique('campaign'),
          title: 'A new campaign',
        }
      case 'media':
        return { alt: 'A pixel' }
      case 'partners':
        return { organisation: unique('Hotel school') }
      case 'users':
        return { email: `${unique('person')}@example.org`, password: PASSWORD, role: 'editor' }
    }
  }

  /** A document made directly in the database, for a caller to update or delete. */
  const makeTarget = async (content: Content) => {
    if (content === 'media') {
      const doc = await server.payload.create({
        collection: 'media',
        data: { alt: 'Target' },
        file: {
          data: PNG,
          mimetype: 'image/png',
          name: `${unique('pixel')}.png`,
          size: PNG.length,
        },
      })
      return doc.id
    }
    const doc = await server.payload.create({
      collection: content as CollectionSlug,
      data: newData(content) as never,
    })
    return doc.id
  }

  const countOf = async (content: Content) =>
    (await server.payload.count({ collection: content, overrideAccess: true })).totalDocs

  const rest = (who: Who, method: string, path: string, body?: BodyInit, contentType?: string) =>
    fetch(`${server.url}/api/${path}`, {
      body,
      headers: { ...headers[who], ...(contentType ? { 'Content-Type': contentType } : {}) },
      method,
    })

  const graphql = async (who: Who, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query, variables }),
      headers: { ...headers[who], 'Content-Type': 'application/json' },
      method: 'POST',
    })
    return (await response.json()) as {
      data?: Record<string, null | { docs?: { id: number | string }[]; id?: number | string }>
      errors?: { message: string }[]
    }
  }

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    headers.anonymous = {}
    for (const role of ['admin', 'editor', 'evaluator'] as const) {
      headers[role] = (await signInAs(server.payload, server.url, role)).headers
    }
    const partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      organisation: 'Pre-departure seminars',
    })
    const inactive = await createPartner(server.payload, {
      active: false,
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      organisation: 'Revoked agency',
    })
    headers.partner = partner.headers
    headers.inactivePartner = inactive.headers
    partnerIds.partner = partner.id
    partnerIds.inactivePartner = inactive.id
    const draft = await server.payload.create({
      collection: 'campaigns',
      data: { ...newData('campaigns'), title: 'Unfinished draft' } as never,
      draft: true,
    })
    draftCampaignId = draft.id
    mediaId = await makeTarget('media')
  })
  afterAll(async () => {
    await server?.close()
  })

  const contents = Object.keys(allowed) as Content[]

  describe.each(contents)('REST /api/%s', (content) => {
    it.each(everyone)('read by %s', async (who) => {
      const response = await rest(who, 'GET', `${content}?limit=100&depth=0`)
      if (!allowed[content].read.includes(who)) {
        // Signed-in people may still read their own account, and nothing else.
        if (content === 'users' && staff.includes(who)) {
          const { docs } = (await response.json()) as { docs: { role: string }[] }
          expect(docs).toHaveLength(1)
          expect(docs[0].role).toBe(who)
          return
        }
        expect(response.status).toBe(403)
        return
      }
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: unknown[] }
      expect(docs.length).toBeGreaterThan(0)
    })

    it.each(everyone)('create by %s', async (who) => {
      const before = await countOf(content)
      let response: Response
      if (content === 'media') {
        const form = new FormData()
        form.append('file', new Blob([PNG], { type: 'image/png' }), `${unique('upload')}.png`)
        form.append('_payload', JSON.stringify(newData('media')))
        response = await rest(who, 'POST', content, form)
      } else {
        response = await rest(
          who,
          'POST',
          content,
          JSON.stringify(newData(content)),
          'application/json',
        )
      }
      if (allowed[content].create.includes(who)) {
        expect(response.status).toBe(201)
        expect(await countOf(content)).toBe(before + 1)
      } else {
        expect(response.status).toBe(403)
        expect(await countOf(content)).toBe(before)
      }
    })

    it.each(everyone)('update by %s', async (who) => {
      const id = await makeTarget(content)
      const change =
        content === 'users'
          ? { email: `${unique('changed')}@example.org` }
          : content === 'partners'
            ? { organisation: 'Changed' }
            : content === 'media'
              ? { alt: 'Changed' }
              : content === 'audiences'
                ? { name: 'Changed' }
                : { title: 'Changed' }
      const response = await rest(
        who,
        'PATCH',
        `${content}/${id}`,
        JSON.stringify(change),
        'application/json',
      )
      const stored = (await server.payload.findByID({
        collection: content,
        id,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      const [field, value] = Object.entries(change)[0]
      if (allowed[content].update.includes(who)) {
        expect(response.status).toBe(200)
        expect(stored[field]).toBe(value)
      } else {
        expect([403, 404]).toContain(response.status)
        expect(stored[field]).not.toBe(value)
      }
    })

    it.each(everyone)('delete by %s', async (who) => {
      const id = await makeTarget(content)
      const response = await rest(who, 'DELETE', `${content}/${id}`)
      const stored = await server.payload.findByID({
        collection: content,
        disableErrors: true,
        id,
        overrideAccess: true,
      })
      if (allowed[content].delete.includes(who)) {
        expect(response.status).toBe(200)
        expect(stored).toBeNull()
      } else {
        expect([403, 404]).toContain(response.status)
        expect(stored).not.toBeNull()
      }
    })
  })

  describe.each(contents)('GraphQL %s', (content) => {
    const { list, singular } = graphQLNames[content]

    it.each(everyone)('read by %s', async (who) => {
      const result = await graphql(who, `{ ${list}(limit: 100) { docs { id } } }`)
      const docs = result.data?.[list]?.docs ?? []
      if (!allowed[content].read.includes(who)) {
        if (content === 'users' && staff.includes(who)) {
          expect(docs).toHaveLength(1)
          return
        }
        expect(result.errors?.[0]?.message).toMatch(/not allowed/)
        expect(docs).toEqual([])
        return
      }
      expect(result.errors).toBeUndefined()
      expect(docs.length).toBeGreaterThan(0)
    })

    // GraphQL cannot carry file uploads, so media is created over REST only.
    const creatable = content === 'media' ? [] : everyone
    it.each(creatable)('create by %s', async (who) => {
      const before = await countOf(content)
      const result = await graphql(
        who,
        `mutation ($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`,
        { data: newData(content) },
      )
      if (allowed[content].create.includes(who)) {
        expect(result.errors).toBeUndefined()
        expect(await countOf(content)).toBe(before + 1)
      } else {
        expect(result.errors?.[0]?.message).toMatch(/not allowed/)
        expect(await countOf(content)).toBe(before)
      }
    })

    it.each(everyone)('delete by %s', async (who) => {
      const id = await makeTarget(content)
      // Payload's GraphQL ids are Int on SQL databases and String on MongoDB.
      const idType = server.payload.db.defaultIDType === 'number' ? 'Int' : 'String'
      const result = await graphql(
        who,
        `mutation ($id: ${idType}!) { delete${singular}(id: $id) { id } }`,
        { id },
      )
      const stored = await server.payload.findByID({
        collection: content,
        disableErrors: true,
        id,
        overrideAccess: true,
      })
      if (allowed[content].delete.includes(who)) {
        expect(result.errors).toBeUndefined()
        expect(stored).toBeNull()
      } else {
        expect(result.errors?.length).toBeGreaterThan(0)
        expect(stored).not.toBeNull()
      }
    })
  })

  describe('what a partner reads', () => {
    it('only published campaigns of its own audiences, drafts never', async () => {
      for (const query of ['campaigns?depth=0', 'campaigns?depth=0&draft=true']) {
        const response = await rest('partner', 'GET', query)
        const { docs } = (await response.json()) as {
          docs: { id: number | string; slug: string }[]
        }
        expect(docs.map((doc) => doc.slug)).toEqual(['philippines-pre-departure'])
      }
      for (const id of [draftCampaignId, ids.campaigns['peru-loreto-child-protection']]) {
        const response = await rest('partner', 'GET', `campaigns/${id}?draft=true`)
        expect([403, 404]).toContain(response.status)
      }
      const versions = await rest('partner', 'GET', 'campaigns/versions')
      expect(versions.status).toBe(403)
      const result = await graphql('partner', '{ Campaigns(draft: true) { docs { slug } } }')
      expect(result.data?.Campaigns?.docs).toEqual([{ slug: 'philippines-pre-departure' }])
    })

    it('knowledge checks without their answers, explanations or sources', async () => {
      const response = await rest('partner', 'GET', 'assessments?depth=0&limit=100')
      const { docs } = (await response.json()) as {
        docs: { items: ({ choices: Record<string, unknown>[] } & Record<string, unknown>)[] }[]
      }
      const items = docs.flatMap((doc) => doc.items)
      expect(items.length).toBeGreaterThan(8)
      for (const item of items) {
        expect(item).not.toHaveProperty('explanation')
        expect(item).not.toHaveProperty('source')
        for (const choice of item.choices) expect(choice).not.toHaveProperty('correct')
      }
      const staffView = await rest('editor', 'GET', 'assessments?depth=0&limit=1')
      const { docs: staffDocs } = (await staffView.json()) as typeof docs & {
        docs: { items: { choices: Record<string, unknown>[] }[] }[]
      }
      expect(staffDocs[0].items[0].choices[0]).toHaveProperty('correct')
      const answers = await graphql(
        'partner',
        '{ Assessments { docs { items { choices { key correct } } } } }',
      )
      expect(JSON.stringify(answers.data)).not.toMatch(/"correct":(true|false)/)
    })

    it('only its own audiences and its own partner record, without a key', async () => {
      const audiences = await rest('partner', 'GET', 'audiences?depth=0')
      const { docs } = (await audiences.json()) as { docs: { slug: string }[] }
      expect(docs.map((doc) => doc.slug)).toEqual(['migrant-workers'])
      const partners = await rest('partner', 'GET', 'partners?depth=0')
      const { docs: visible } = (await partners.json()) as { docs: Record<string, unknown>[] }
      expect(visible.map((doc) => doc.id)).toEqual([partnerIds.partner])
      expect(visible[0]).not.toHaveProperty('apiKey')
    })

    it("nothing of Payload's internal collections", async () => {
      for (const internal of [
        'payload-jobs',
        'payload-kv',
        'payload-preferences',
        'payload-locked-documents',
      ]) {
        for (const who of ['anonymous', 'partner'] as const) {
          const response = await rest(who, 'GET', `${internal}?limit=1`)
          expect([401, 403, 404]).toContain(response.status)
        }
      }
      const locks = await graphql('partner', '{ PayloadLockedDocuments { docs { id } } }')
      expect(locks.errors?.[0]?.message).toMatch(/not allowed/)
    })

    it('reads the media it needs to show a campaign', async () => {
      const response = await rest('partner', 'GET', `media/${mediaId}`)
      expect(response.status).toBe(200)
    })
  })
})
