import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'

import { PASSWORD } from '../../helpers/accounts'
import { messageOf } from '../../helpers/delivery'
import { type ServerProcess, startServerProcess } from '../../helpers/serverProcess'

const ADMIN_ORIGIN = 'https://aware.ngo.example.org'

type Answer = { body: unknown; cookie: null | string; ms: number; status: number }

const send = async (
  url: string,
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> => {
  const started = performance.now()
  const response = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
    method,
  })
  const text = await response.text()
  return {
    body: text ? (JSON.parse(text) as unknown) : null,
    cookie: response.headers.get('set-cookie'),
    ms: performance.now() - started,
    status: response.status,
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Account hygiene as an attacker probes it: registration races, weak passwords, login oracles, CSRF. */
describe('accounts', () => {
  let server: RunningServer
  let other: ServerProcess
  let adminToken: string

  beforeAll(async () => {
    // payload.config.ts reads the environment when it is first imported.
    process.env.CSRF_TRUSTED_ORIGINS = ADMIN_ORIGIN
    const { startTestServer } = await import('../../helpers/testServer')
    server = await startTestServer()
    // A second instance on the same database, as several instances behind a load balancer.
    other = await startServerProcess('test/fixtures/serveApiOnly.ts')
    // Two servers start here, one a fresh process that compiles the sources: on a loaded
    // two-core machine that took over a minute.
  }, 150_000)
  afterAll(async () => {
    // Its shutdown would first finish importing the example campaigns; nothing here needs them.
    other?.child.kill('SIGKILL')
    await other?.exited
    await server?.close()
  })

  it('lets exactly one of many racing first registrations, on two instances, become the admin', async () => {
    const weak = await send(`${server.url}/api/users/first-register`, 'POST', {
      confirmPassword: 'password1234',
      email: 'weak@example.org',
      password: 'password1234',
    })
    expect(weak.status).toBe(400)
    expect(messageOf(weak.body)).toMatch(/attackers try first/)

    const racers = Array.from({ length: 12 }, (_, index) =>
      send(`${index % 2 === 0 ? server.url : other.url}/api/users/first-register`, 'POST', {
        confirmPassword: PASSWORD,
        email: `founder-${index}@example.org`,
        password: PASSWORD,
        role: 'admin',
      }),
    )
    const answers = await Promise.all(racers)
    const won = answers.filter((answer) => answer.status === 200)
    expect(won).toHaveLength(1)
    for (const lost of answers.filter((answer) => answer.status !== 200)) {
      expect(lost.status).toBe(403)
      expect(messageOf(lost.body)).not.toMatch(/firstAccount|unique/i)
    }
    const { docs } = await server.payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map((user) => user.role)).toEqual(['admin'])
    adminToken = (won[0].body as { token: string }).token
  })

  it('refuses common, short, repetitive and self-named passwords wherever a password is set', async () => {
    const admin = { Authorization: `JWT ${adminToken}` }
    for (const password of [
      'short-pass',
      'password1234',
      'iloveyou2024!',
      'aaaaaaaaaaaaaaa',
      'editor@example.org',
    ]) {
      const created = await send(
        `${server.url}/api/users`,
        'POST',
        { email: 'editor@example.org', password, role: 'editor' },
        admin,
      )
      expect(created.status, password).toBe(400)
      expect(messageOf(created.body)).toMatch(/at least 12|attackers try first/)
    }
    const created = await send(
      `${server.url}/api/users`,
      'POST',
      { email: 'editor@example.org', password: PASSWORD, role: 'editor' },
      admin,
    )
    expect(created.status).toBe(201)
    const id = (created.body as { doc: { id: number } }).doc.id

    const changed = await send(
      `${server.url}/api/users/${id}`,
      'PATCH',
      { password: 'qwertyuiop123' },
      admin,
    )
    expect(changed.status).toBe(400)
    expect(messageOf(changed.body)).toMatch(/attackers try first/)

    const token = await server.payload.forgotPassword({
      collection: 'users',
      data: { email: 'editor@example.org' },
      disableEmail: true,
    })
    const reset = await send(`${server.url}/api/users/reset-password`, 'POST', {
      password: 'Summer2024!!',
      token,
    })
    expect(reset.status).toBe(400)
    expect(messageOf(reset.body)).toMatch(/attackers try first/)
    const good = await send(`${server.url}/api/users/reset-password`, 'POST', {
      password: 'lantern orbit velvet cedar',
      token,
    })
    expect(good.status).toBe(200)
  })

  it('answers an unknown address, a wrong password and a locked account alike, in like time', async () => {
    await server.payload.create({
      collection: 'users',
      data: { email: 'locked@example.org', password: PASSWORD, role: 'editor' },
    })
    const login = (email: string, password: string) =>
      send(`${server.url}/api/users/login`, 'POST', { email, password })
    for (let attempt = 0; attempt < 5; attempt += 1)
      await login('locked@example.org', 'wrong password!')

    const cases = {
      locked: () => login('locked@example.org', PASSWORD),
      unknown: () => login('nobody@example.org', PASSWORD),
      wrong: () => login('editor@example.org', 'not the password at all'),
    }
    const times: Record<string, number[]> = { locked: [], unknown: [], wrong: [] }
    const bodies = new Set<string>()
    for (let round = 0; round < 3; round += 1) {
      for (const [name, attempt] of Object.entries(cases)) {
        const answer = await attempt()
        expect(answer.status, name).toBe(401)
        bodies.add(JSON.stringify(answer.body))
        times[name].push(answer.ms)
      }
    }
    expect([...bodies]).toEqual([
      JSON.stringify({ errors: [{ message: 'The email or password provided is incorrect.' }] }),
    ])
    // A password derivation takes hundreds of milliseconds; a database lookup a few.
    const wrong = median(times.wrong)
    for (const name of ['unknown', 'locked']) {
      expect(
        median(times[name]) / wrong,
        `${name} vs wrong: ${JSON.stringify(times)}`,
      ).toBeGreaterThan(0.5)
    }
  })

  it('ignores the session cookie on writes from an origin not in CSRF_TRUSTED_ORIGINS', async () => {
    const login = await send(`${server.url}/api/users/login`, 'POST', {
      email: 'editor@example.org',
      password: 'lantern orbit velvet cedar',
    })
    const cookie = (login.cookie ?? '').split(';')[0]
    expect(cookie).toMatch(/^payload-token=/)
    const { user } = login.body as { user: { id: number } }
    const rename = (origin: string) =>
      send(
        `${server.url}/api/users/${user.id}`,
        'PATCH',
        { email: `e-${Date.now()}@example.org` },
        {
          Cookie: cookie,
          Origin: origin,
        },
      )
    expect((await rename('https://evil.example.net')).status).toBe(403)
    expect((await rename('http://localhost:4000')).status).toBe(403)
    expect((await rename(ADMIN_ORIGIN)).status).toBe(200)
    expect((await rename(server.url)).status).toBe(200)
  })

  it('marks the session cookie Secure in production, and only there', async () => {
    await server.payload.create({
      collection: 'users',
      data: { email: 'cookie@example.org', password: PASSWORD, role: 'evaluator' },
    })
    const local = await send(`${server.url}/api/users/login`, 'POST', {
      email: 'cookie@example.org',
      password: PASSWORD,
    })
    expect(local.cookie).toMatch(/^payload-token=/)
    expect(local.cookie).not.toMatch(/;\s*Secure/i)

    const dir = mkdtempSync(path.join(tmpdir(), 'aware-production-'))
    const production = await startServerProcess('test/fixtures/serveApiOnly.ts', {
      CSRF_TRUSTED_ORIGINS: ADMIN_ORIGIN,
      DATABASE_URI: `file:${path.join(dir, 'aware.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_ENV: 'production',
    })
    try {
      const registered = await send(`${production.url}/api/users/first-register`, 'POST', {
        confirmPassword: PASSWORD,
        email: 'founder@example.org',
        password: PASSWORD,
      })
      expect(registered.status).toBe(200)
      expect(registered.cookie).toMatch(/^payload-token=.*;\s*Secure/i)
    } finally {
      production.child.kill('SIGKILL')
      await production.exited
      rmSync(dir, { force: true, recursive: true })
    }
  }, 150_000) // a fresh production process: it compiles the sources and migrates

  it('warns outside production when the secret is weak, before checking anything else', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'src/server/cli/start.ts'],
      {
        env: {
          ...process.env,
          NODE_ENV: 'development',
          PAYLOAD_SECRET: 'short-secret',
          PORT: 'none',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    expect(output).toMatch(/Warning: PAYLOAD_SECRET is shorter than 32 characters/)
    expect(output).toMatch(/Aware cannot start: PORT must be/)
  })
})
