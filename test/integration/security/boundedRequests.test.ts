import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { signInAs } from '../../helpers/accounts'
import { messageOf } from '../../helpers/delivery'
import { pngCarrying, uploadMedia } from '../../helpers/media'
import { startTestServer } from '../../helpers/testServer'

const post = (url: string, body: BodyInit, contentType = 'application/json', headers = {}) =>
  fetch(url, { body, headers: { ...headers, 'Content-Type': contentType }, method: 'POST' })

const graphql = (url: string, query: string) =>
  post(`${url}/api/graphql`, JSON.stringify({ query }))

/** Requests a stranger sends to make the server read, parse or validate without end. */
describe('bounded requests', () => {
  let server: RunningServer
  let editor: Awaited<ReturnType<typeof signInAs>>

  beforeAll(async () => {
    server = await startTestServer()
    editor = await signInAs(server.payload, server.url, 'editor')
  })
  afterAll(async () => {
    await server?.close()
  })

  it('refuses bodies over 2 MB on the REST API, GraphQL and login with a 413', async () => {
    const big = JSON.stringify({ email: 'x@example.org', password: 'y'.repeat(3 * 1024 * 1024) })
    for (const path of ['/api/users/login', '/api/campaigns', '/api/graphql']) {
      const response = await post(`${server.url}${path}`, big)
      expect(response.status, path).toBe(413)
      expect(messageOf(await response.json())).toMatch(/larger than 2 MB/)
    }
    const deep = `{"email":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const nested = await post(`${server.url}/api/users/login`, deep)
    expect(nested.status).toBe(400)
    expect(messageOf(await nested.json())).toMatch(/nests more than 100 levels deep/)
  })

  it('takes uploads up to their own, larger limit', async () => {
    const threeMegabytes = pngCarrying('x'.repeat(3 * 1024 * 1024))
    const ok = await uploadMedia(server.url, editor.headers, {
      bytes: threeMegabytes,
      name: 'large-poster.png',
      type: 'image/png',
    })
    expect(ok.status).toBe(201)
    const tooLarge = await uploadMedia(server.url, editor.headers, {
      bytes: pngCarrying('x'.repeat(11 * 1024 * 1024)),
      name: 'huge-poster.png',
      type: 'image/png',
    })
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.body.errors?.[0]?.message).toMatch(/larger than 10 MB/)
  })

  it('counts aliases and __typename in GraphQL, and refuses an oversized document before parsing it', async () => {
    const aliases = `{ ${Array.from({ length: 1100 }, (_, index) => `a${index}: __typename`).join(' ')} }`
    const aliased = await graphql(server.url, aliases)
    expect(aliased.status).toBe(400)
    expect(messageOf(await aliased.json())).toMatch(/selects more than 500 fields/)

    const doubling = `query { ...F0 } ${Array.from({ length: 18 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`).join(' ')} fragment F18 on Query { __typename }`
    const doubled = await graphql(server.url, doubling)
    expect(doubled.status).toBe(400)
    expect(messageOf(await doubled.json())).toMatch(/each spread of a fragment count/)

    const sameName = await graphql(server.url, `{ ${'c: __typename '.repeat(21)} }`)
    expect(sameName.status).toBe(400)
    expect(messageOf(await sameName.json())).toMatch(/21 fields under one name/)

    const fragments = `query { ...a } fragment a on Query { ${Array.from({ length: 40 }, (_, index) => `u${index}: __typename`).join(' ')} ...b } fragment b on Query { ${Array.from({ length: 40 }, (_, index) => `t${index}: __typename`).join(' ')} }`
    expect(
      ((await (await graphql(server.url, fragments)).json()) as { data?: unknown }).data,
    ).toBeDefined()

    const long = await graphql(server.url, `{ ${'__typename '.repeat(3000)} }`)
    expect(long.status).toBe(400)
    expect(messageOf(await long.json())).toMatch(/at most 20000/)
    const tokens = await graphql(server.url, `{${'a '.repeat(6000)}}`)
    expect(tokens.status).toBe(400)
    expect(messageOf(await tokens.json())).toMatch(/more than 5000 tokens/)
  })
})
