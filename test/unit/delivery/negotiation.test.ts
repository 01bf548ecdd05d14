import { describe, expect, it } from 'vitest'

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
