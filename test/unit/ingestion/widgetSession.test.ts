import { describe, expect, it } from 'vitest'

import type { SessionClaims } from '../../../src/evaluation/sessions/widgetSession'

import { serverKeysOf } from '../../../src/evaluation/ids/serverKeys'
import { createSessionLimits } from '../../../src/evaluation/sessions/sessionLimits'
import { signSession, verifySession } from '../../../src/evaluation/sessions/widgetSession'
import { event, scored } from '../store/records'

const key = serverKeysOf('server secret').widgetSession
const now = Date.parse('2026-03-01T10:00:00Z')
const claims: SessionClaims = {
  a: '7',
  c: '3',
  exp: now / 1000 + 3600,
  iat: now / 1000,
  p: '11',
  r: 'device-123456',
  sid: 'session-1',
  v: 1,
}

describe('widget session tokens', () => {
  it('verify what this server signed, until they expire', () => {
    const token = signSession(key, claims)
    expect(verifySession(key, token, now + 1000)).toEqual({ claims })
    expect(verifySession(key, token, now + 3600 * 1000)).toEqual({ problem: 'expired' })
  })

  it('refuse a changed claim, another secret’s signature, and anything else', () => {
    const token = signSession(key, claims)
    const [, signature] = token.split('.')
    const changed = Buffer.from(JSON.stringify({ ...claims, r: 'someone-else' })).toString(
      'base64url',
    )
    expect(verifySession(key, `${changed}.${signature}`, now)).toEqual({ problem: 'invalid' })
    const other = signSession(serverKeysOf('another secret').widgetSession, claims)
    expect(verifySession(key, other, now)).toEqual({ problem: 'invalid' })
    for (const junk of [undefined, 42, '', 'a.b.c', 'x'.repeat(2000), `${token}x`]) {
      expect(verifySession(key, junk, now)).toEqual({ problem: 'invalid' })
    }
  })
})

describe('per-session limits', () => {
  const submission = (phase: 'post' | 'pre') =>
    event({ submission: scored(phase, { a: 1 }), type: 'assessment' })

  it('take one check per phase and a bounded number of events; a retry is never counted', () => {
    const limits = createSessionLimits({ eventsPerSession: 3, sessionHours: 24 })
    const live = { ...claims, exp: Date.now() / 1000 + 60 }
    const pre = submission('pre')
    expect(limits.admit(live, pre)).toBeNull()
    expect(limits.admit(live, pre)).toBeNull()
    expect(limits.admit(live, submission('pre'))).toMatch(/already sent its pre check/)
    expect(limits.admit(live, submission('post'))).toBeNull()
    expect(limits.admit(live, event())).toBeNull()
    expect(limits.admit(live, event())).toMatch(/has sent its 3 events/)
    expect(limits.admit({ ...live, sid: 'session-2' }, event())).toBeNull()
  })
})
