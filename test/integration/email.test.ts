import type { SMTPServer as SmtpServer } from 'smtp-server'

import { once } from 'node:events'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { PASSWORD } from '../helpers/accounts'
import { freePort } from '../helpers/serverProcess'

type Received = { from: string; raw: string; to: string[] }

/** A real SMTP server on loopback stands in for the NGO's mail provider. */
const startSmtpReceiver = async () => {
  const received: Received[] = []
  const server: SmtpServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        })
        callback()
      })
    },
  })
  const port = await freePort()
  server.listen(port, '127.0.0.1')
  await once(server.server, 'listening')
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    port,
    received,
  }
}

describe('email', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>
  let server: RunningServer

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    // payload.config.ts reads the environment when it is first imported.
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    process.env.EMAIL_FROM = 'Aware at the NGO <aware@ngo.example.org>'
    const { startTestServer } = await import('../helpers/testServer')
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.close()
    await smtp?.close()
  })

  it('sends a password reset through SMTP_URL from EMAIL_FROM', async () => {
    await server.payload.create({
      collection: 'users',
      data: { email: 'editor@ngo.example.org', password: PASSWORD, role: 'editor' },
    })
    const response = await fetch(`${server.url}/api/users/forgot-password`, {
      body: JSON.stringify({ email: 'editor@ngo.example.org' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    await expect.poll(() => smtp.received.length).toBe(1)
    const [mail] = smtp.received
    expect(mail.to).toEqual(['editor@ngo.example.org'])
    expect(mail.from).toBe('aware@ngo.example.org')
    expect(mail.raw).toMatch(/reset-password|reset/i)
  })
})
