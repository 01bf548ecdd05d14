import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { type Headers, signInAs } from '../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

type ErrorBody = { errors: { data?: { errors?: { message: string; path: string }[] } }[] }

describe('what editors are told when content is invalid', () => {
  let server: RunningServer
  let ids: BundledIds
  let editor: Headers

  const post = async (collection: string, data: unknown) => {
    const response = await fetch(`${server.url}/api/${collection}`, {
      body: JSON.stringify(data),
      headers: { ...editor, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as ErrorBody
    return { messages: body.errors?.[0]?.data?.errors ?? [], status: response.status }
  }

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    editor = (await signInAs(server.payload, server.url, 'editor')).headers
  })
  afterAll(async () => {
    await server?.close()
  })

  const campaign = (overrides: Record<string, unknown>) => ({
    audiences: [ids.audiences.tourists],
    period: { start: '2026-03-01T00:00:00.000Z' },
    slug: 'valid-slug',
    title: 'A campaign',
    ...overrides,
  })

  it('refuses objectives for an audience the campaign does not target, or repeated', async () => {
    const foreign = await post(
      'campaigns',
      campaign({
        objectives: [
          {
            audience: ids.audiences['migrant-workers'],
            knowledgeGainTarget: 0.2,
            passMark: 0.7,
            reachTarget: 1000,
          },
        ],
      }),
    )
    expect(foreign.status).toBe(400)
    expect(foreign.messages).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/audience the campaign does not target/),
      }),
    )
    const objective = {
      audience: ids.audiences.tourists,
      knowledgeGainTarget: 0.2,
      passMark: 0.7,
      reachTarget: 1000,
    }
    const repeated = await post('campaigns', campaign({ objectives: [objective, objective] }))
    expect(repeated.messages).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/repeats an audience/) }),
    )
  })

  it('refuses a period that ends before it starts, a bad slug and a fractional reach', async () => {
    const result = await post(
      'campaigns',
      campaign({
        objectives: [
          {
            audience: ids.audiences.tourists,
            knowledgeGainTarget: 1.5,
            passMark: 0.7,
            reachTarget: 10.5,
          },
        ],
        period: { end: '2026-01-01T00:00:00.000Z', start: '2026-03-01T00:00:00.000Z' },
        slug: 'Not A Slug',
      }),
    )
    expect(result.status).toBe(400)
    const paths = result.messages.map((message) => message.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'period.end',
        'slug',
        'objectives.0.reachTarget',
        'objectives.0.knowledgeGainTarget',
      ]),
    )
  })

  it('refuses a campaign without an audience', async () => {
    const result = await post('campaigns', campaign({ audiences: [] }))
    expect(result.status).toBe(400)
    expect(result.messages.map((message) => message.path)).toContain('audiences')
  })

  it('refuses knowledge-check items without a correct choice, with too few choices, or a repeated key', async () => {
    const item = (key: string, choices: { correct: boolean; key: string; label: string }[]) => ({
      choices,
      domain: 'rights',
      key,
      question: 'Who keeps your passport?',
    })
    const result = await post('assessments', {
      items: [
        item('passport', [
          { correct: false, key: 'a', label: 'The employer' },
          { correct: false, key: 'b', label: 'You' },
        ]),
        item('passport', [{ correct: true, key: 'a', label: 'You' }]),
      ],
      slug: 'broken-check',
      title: 'Broken',
    })
    expect(result.status).toBe(400)
    const messages = result.messages.map((message) => message.message).join('\n')
    expect(messages).toMatch(/Mark at least one choice as correct/)
    expect(messages).toMatch(/used twice/)
    expect(result.messages.map((message) => message.path)).toContain('items.1.choices')
  })

  it('raises the revision only when the answer key changes', async () => {
    const created = await server.payload.create({
      collection: 'assessments',
      data: {
        items: [
          {
            choices: [
              { correct: true, key: 'a', label: 'You' },
              { correct: false, key: 'b', label: 'The recruiter' },
            ],
            domain: 'rights',
            key: 'passport',
            question: 'Who keeps your passport?',
          },
        ],
        slug: 'revision-check',
        title: 'Revision',
      },
    })
    expect(created.revision).toBe(1)
    const reworded = await server.payload.update({
      collection: 'assessments',
      data: { items: [{ ...created.items![0], question: 'Who should hold your passport?' }] },
      id: created.id,
    })
    expect(reworded.revision).toBe(1)
    const rekeyed = await server.payload.update({
      collection: 'assessments',
      data: {
        items: [
          {
            ...created.items![0],
            choices: created.items![0].choices.map((choice) => ({
              ...choice,
              correct: choice.key === 'b',
            })),
          },
        ],
      },
      id: created.id,
    })
    expect(rekeyed.revision).toBe(2)
    const versions = await server.payload.findVersions({
      collection: 'assessments',
      where: { and: [{ parent: { equals: created.id } }, { 'version.revision': { equals: 1 } }] },
    })
    expect(versions.totalDocs).toBe(2)
  })
})
