import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { type Headers, signInAs } from '../../helpers/accounts'
import { startTestServer } from '../../helpers/testServer'

type Doc = { errors?: { data?: { errors?: { message: string }[] }; message: string }[] }

describe('what an editor should not trip on, over HTTP', () => {
  let server: RunningServer
  let editor: Headers
  let admin: Headers
  let audience: number | string

  const send = async (
    method: 'PATCH' | 'POST',
    path: string,
    body: object,
    headers: Headers = editor,
  ) => {
    const response = await fetch(`${server.url}/api/${path}`, {
      body: JSON.stringify(body),
      headers: { ...headers, 'Content-Type': 'application/json' },
      method,
    })
    return {
      body: (await response.json()) as Doc & { doc?: Record<string, unknown> },
      status: response.status,
    }
  }

  beforeAll(async () => {
    server = await startTestServer()
    editor = (await signInAs(server.payload, server.url, 'editor')).headers
    admin = (await signInAs(server.payload, server.url, 'admin')).headers
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

  it('makes the slug from the title, accents and all, and keeps it when a translation changes', async () => {
    const created = await send('POST', 'campaigns?draft=true&locale=es', {
      audiences: [audience],
      period: { start: '2027-01-01' },
      title: 'Protección de la infancia: Perú',
    })
    expect(created.status).toBe(201)
    expect(created.body.doc?.slug).toBe('proteccion-de-la-infancia-peru')
    const id = created.body.doc?.id as number
    const english = await send('PATCH', `campaigns/${id}?draft=true&locale=fr`, {
      title: 'Protection de l’enfance',
    })
    expect(english.status).toBe(200)
    expect(english.body.doc?.slug).toBe('proteccion-de-la-infancia-peru')
  })

  it('asks for a slug when the title has no Latin letters to make one from', async () => {
    const created = await send('POST', 'campaigns?draft=true&locale=ar', {
      audiences: [audience],
      period: { start: '2027-01-01' },
      title: 'قبل أن تسافر',
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain(
      'Give a slug in lower-case letters, digits and hyphens: the title has no Latin letters to make one from.',
    )
  })

  it('makes audience slugs from their names', async () => {
    const created = await send('POST', 'audiences', { name: 'Truck drivers' })
    expect(created.status).toBe(201)
    expect(created.body.doc?.slug).toBe('truck-drivers')
  })

  it('accepts a partner origin pasted as an address, with a trailing slash or capitals', async () => {
    const created = await send(
      'POST',
      'partners',
      {
        allowedOrigins: ['https://Seminars.Example.org/', ' http://localhost:4000/ '],
        organisation: 'Seminar centre',
      },
      admin,
    )
    expect(created.status).toBe(201)
    expect(created.body.doc?.allowedOrigins).toEqual([
      'https://seminars.example.org',
      'http://localhost:4000',
    ])
    const withPath = await send(
      'POST',
      'partners',
      { allowedOrigins: ['https://seminars.example.org/embed'], organisation: 'Seminar centre 2' },
      admin,
    )
    expect(withPath.status).toBe(400)
    expect(JSON.stringify(withPath.body)).toContain(
      '\\"https://seminars.example.org/embed\\" is not a web origin; write scheme and host only',
    )
  })
})
