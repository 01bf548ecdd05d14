import { createServer, type Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'

import type { QuestionMode } from '../../../src/delivery/widget/runtime/questionMode'

import { readDemoEnvironment } from '../../../src/environment'
import { partnerPage } from '../../../src/tools/demoPartner/partnerPage'
import { awareAnswersOn, portInUse } from '../../../src/tools/demoPartner/portInUse'

const servers: Server[] = []

/** A server on a free port answering `body` as JSON on every path. */
const listen = async (body: unknown): Promise<number> => {
  const server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'application/json')
    res.end(JSON.stringify(body))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, resolve))
  return (server.address() as { port: number }).port
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

describe('npm run demo:partner settings', () => {
  it('defaults to its own Aware and port 4000', () => {
    expect(readDemoEnvironment({ NODE_ENV: 'test' })).toEqual({ aware: undefined, demoPort: 4000 })
  })

  it('uses a running Aware only with both of its partner keys', () => {
    expect(() =>
      readDemoEnvironment({ AWARE_URL: 'http://localhost:3000', NODE_ENV: 'test' }),
    ).toThrow(/give AWARE_PARTNER_KEY and AWARE_PARTNER_SECRET_KEY too/)
    expect(
      readDemoEnvironment({
        AWARE_PARTNER_KEY: 'pk',
        AWARE_PARTNER_SECRET_KEY: 'sk',
        AWARE_URL: 'http://localhost:3000/',
        DEMO_PORT: '4100',
        NODE_ENV: 'test',
      }),
    ).toEqual({
      aware: { publishableKey: 'pk', secretKey: 'sk', url: 'http://localhost:3000' },
      demoPort: 4100,
    })
  })

  it('names the setting that is wrong', () => {
    expect(() => readDemoEnvironment({ DEMO_PORT: 'abc', NODE_ENV: 'test' })).toThrow(
      'DEMO_PORT must be an integer between 0 and 65535, got "abc".',
    )
    expect(() => readDemoEnvironment({ AWARE_URL: 'localhost:3000', NODE_ENV: 'test' })).toThrow(
      /AWARE_URL must be/,
    )
  })
})

describe('a port the demo needs', () => {
  it('is seen taken, and an Aware on it is told from another program', async () => {
    const aware = await listen({ database: 'sqlite', status: 'ok' })
    const other = await listen({ hello: 'world' })
    expect(await portInUse(aware)).toBe(true)
    expect(await awareAnswersOn(aware)).toBe(true)
    expect(await awareAnswersOn(other)).toBe(false)
    await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
    expect(await portInUse(aware)).toBe(false)
    expect(await awareAnswersOn(aware)).toBe(false)
  })
})

describe('npm run demo:partner page', () => {
  const page = (questions: null | QuestionMode) =>
    partnerPage({
      audience: 'migrant-workers',
      audiences: ['migrant-workers'],
      awareUrl: 'http://localhost:3000',
      campaign: 'philippines-pre-departure',
      campaigns: [
        { locales: ['en', 'tl'], slug: 'philippines-pre-departure', title: 'Before you go' },
      ],
      locale: 'tl',
      partnerKey: 'pk_demo',
      questions,
    })

  it('writes the chosen question layout into the paste, and none when the width decides', () => {
    expect(page('one-per-screen')).toContain(
      'data-locale="tl" data-questions="one-per-screen" async',
    )
    expect(page('one-per-screen')).toContain('<option value="one-per-screen" selected>')
    expect(page(null)).not.toContain('data-questions')
    expect(page(null)).toContain('<option value="" selected>By the widget’s width</option>')
  })
})
