import { describe, expect, it } from 'vitest'

import type { CacheEntry } from '../../../src/delivery/cache/cacheEntries'
import type { CacheView } from '../../../src/delivery/http/decideDeliveryAnswer'

import { representationOf } from '../../../src/delivery/cache/representation'
import { decideDeliveryAnswer } from '../../../src/delivery/http/decideDeliveryAnswer'
import { acceptsGzip, matchesIfNoneMatch } from '../../../src/delivery/http/negotiation'

describe('conditional requests and content coding', () => {
  it('matches If-None-Match by weak comparison, in lists and with *', () => {
    expect(matchesIfNoneMatch('W/"abc"', 'W/"abc"')).toBe(true)
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true)
    expect(matchesIfNoneMatch('"x", W/"abc"', 'W/"abc"')).toBe(true)
    expect(matchesIfNoneMatch('*', 'W/"abc"')).toBe(true)
    expect(matchesIfNoneMatch('W/"abd"', 'W/"abc"')).toBe(false)
    expect(matchesIfNoneMatch(undefined, 'W/"abc"')).toBe(false)
  })

  it('gzips only when the client accepts it and does not refuse it with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})

describe('answers reused for repeated reads', () => {
  const representation = representationOf({ text: 'x'.repeat(4000) }, 'tl')
  const entry: CacheEntry = {
    audiences: ['migrant-workers'],
    changesAt: Number.POSITIVE_INFINITY,
    kind: 'found',
    representation,
  }
  const partnerOrigin = 'https://partner.example'
  const secondOrigin = 'https://second.partner.example'
  const view: CacheView = {
    entry: () => entry,
    grant: () => ({
      grant: {
        allowedOrigins: [partnerOrigin, secondOrigin],
        audiences: ['migrant-workers'],
        id: 1,
        keyKind: 'publishable',
      },
    }),
    origins: () => new Set([partnerOrigin]),
  }
  const ask = (headers: Record<string, string>, url = '/api/delivery/campaigns/a-campaign') => {
    const decision = decideDeliveryAnswer(
      { headers: { authorization: 'partners API-Key pk_test', ...headers }, method: 'GET', url },
      view,
      Date.now(),
    )
    if (!('answer' in decision)) throw new Error('expected an answer')
    return decision.answer
  }

  it('gives the same answer object to the same request, and a different one for each variant', () => {
    const fromPartner = { origin: partnerOrigin }
    const plain = ask(fromPartner)
    expect(ask(fromPartner)).toBe(plain)
    expect(plain.status).toBe(200)
    expect(plain.headers['Access-Control-Allow-Origin']).toBe(partnerOrigin)

    const gzip = ask({ ...fromPartner, 'accept-encoding': 'gzip' })
    expect(gzip.headers['Content-Encoding']).toBe('gzip')
    expect(plain.headers['Content-Encoding']).toBeUndefined()

    const notModified = ask({ ...fromPartner, 'if-none-match': representation.etag })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
    expect(ask(fromPartner).status).toBe(200)
  })

  it('never hands one origin’s answer, or an answer at all, to another origin', () => {
    expect(ask({ origin: partnerOrigin }).headers['Access-Control-Allow-Origin']).toBe(
      partnerOrigin,
    )
    const second = ask({ origin: secondOrigin })
    expect(second.status).toBe(200)
    expect(second.headers['Access-Control-Allow-Origin']).toBe(secondOrigin)
    const stranger = ask({ origin: 'https://attacker.example' })
    expect(stranger.status).toBe(403)
    expect(stranger.headers['Access-Control-Allow-Origin']).toBeUndefined()
  })

  it('parses a repeated target once and still refuses a bad one each time', () => {
    const bad = '/api/delivery/campaigns/a-campaign?locale=xx'
    expect(ask({ origin: partnerOrigin }, bad).status).toBe(400)
    expect(ask({ origin: partnerOrigin }, bad).status).toBe(400)
    expect(ask({ origin: partnerOrigin }, `${bad}&extra=1`).status).toBe(400)
  })
})
