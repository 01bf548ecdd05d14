import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { PASSWORD } from '../helpers/accounts'
import { startTestServer } from '../helpers/testServer'

describe('the server', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.close()
  })

  it('reports a healthy database on /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      database: process.env.AWARE_TEST_DATABASE,
      // No POSTHOG_API_KEY here; forwardingUnreachable.test.ts checks the backlog it shows.
      forwarding: { enabled: false },
      status: 'ok',
    })
  })

  it('makes the first account an administrator, even when it asks for less', async () => {
    const response = await fetch(`${server.url}/api/users/first-register`, {
      body: JSON.stringify({
        confirmPassword: PASSWORD,
        email: 'founder@example.org',
        password: PASSWORD,
        role: 'editor',
      }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    const { user } = (await response.json()) as { user: { role: string } }
    expect(user.role).toBe('admin')

    const second = await server.payload.create({
      collection: 'users',
      data: { email: 'second@example.org', password: PASSWORD, role: 'editor' },
    })
    expect(second.role).toBe('editor')
  })

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/no-such-collection`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/json')
  })
})
