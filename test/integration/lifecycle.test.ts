import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'

import { closeDatabase } from '../../src/db/closeDatabase'
import { startServerProcess } from '../helpers/serverProcess'
import { startTestServer } from '../helpers/testServer'

describe('the server process', () => {
  it('finishes in-flight requests on SIGTERM, refuses new ones, then exits cleanly', async () => {
    const server = await startServerProcess('test/fixtures/serveApiOnly.ts')
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the password' })
    const half = Math.floor(body.length / 2)
    const answer = new Promise<number>((resolve, reject) => {
      const inFlight = request(
        `${server.url}/api/users/login`,
        {
          headers: { 'Content-Length': body.length, 'Content-Type': 'application/json' },
          method: 'POST',
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      inFlight.on('error', reject)
      inFlight.write(body.slice(0, half))
      setTimeout(() => {
        server.child.kill('SIGTERM')
        setTimeout(() => inFlight.end(body.slice(half)), 500)
      }, 200)
    })

    expect(await answer).toBe(401)
    expect(await server.exited).toBe(0)
    expect(server.output()).toMatch(/SIGTERM: finishing in-flight requests/)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })

  it('closes the database while reads are under way without crashing the process', async () => {
    const server = await startTestServer()
    const crashes: unknown[] = []
    const onCrash = (error: unknown) => crashes.push(error)
    process.on('uncaughtException', onCrash)
    try {
      const reads = Array.from({ length: 12 }, () =>
        server.payload.find({ collection: 'campaigns', depth: 2, limit: 50 }),
      )
      const settled = Promise.allSettled(reads)
      await new Promise((resolve) => setTimeout(resolve, 5))
      await server.close()
      // Each read either finished or failed as the connection went; none threw outside its caller.
      expect(await settled).toHaveLength(12)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(crashes).toEqual([])
    } finally {
      process.off('uncaughtException', onCrash)
    }
  })

  it('answers /healthz with 503 when the database stops answering', async () => {
    const server = await startTestServer()
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await closeDatabase(server.payload)
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({
      database: process.env.AWARE_TEST_DATABASE,
      status: 'unavailable',
    })
    await new Promise<void>((resolve) => {
      // The database is already closed; only the HTTP side remains to be stopped.
      server.close().then(resolve, () => resolve())
    })
  })

  it('refuses to start in production without a real secret', async () => {
    for (const secret of [undefined, 'aware-development-secret-change-me', 'too-short']) {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' }
      if (secret === undefined) delete env.PAYLOAD_SECRET
      else env.PAYLOAD_SECRET = secret
      const child = spawn(
        process.execPath,
        ['--conditions=production', '--import', 'tsx', 'src/server/cli/start.ts'],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let output = ''
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const [code] = await once(child, 'exit')
      expect(code).toBe(1)
      expect(output).toMatch(/Aware cannot start: PAYLOAD_SECRET/)
    }
  })
})
