import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { derivedKey, derivedKeyFor } from '../../../src/secrets/derivedKey'

describe('keys derived from the server secret', () => {
  it('are HMAC-SHA256 of the purpose under the secret (a change would re-key every use)', () => {
    // RFC 2104 HMAC-SHA256, the worked example in Wikipedia's "HMAC" article.
    expect(derivedKey('key', 'The quick brown fox jumps over the lazy dog').toString('hex')).toBe(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    )
  })

  it('differ by purpose and by secret, and are derived once per instance and purpose', () => {
    const one = { secret: 'first secret' } as Payload
    const other = { secret: 'second secret' } as Payload
    const preview = derivedKeyFor(one, 'aware/editorial/preview-link/v1')
    expect(derivedKeyFor(one, 'aware/editorial/preview-link/v1')).toBe(preview)
    expect(preview.equals(derivedKey('first secret', 'aware/editorial/preview-link/v1'))).toBe(true)
    expect(preview.equals(derivedKeyFor(one, 'aware/evaluation/widget-session/v1'))).toBe(false)
    expect(preview.equals(derivedKeyFor(other, 'aware/editorial/preview-link/v1'))).toBe(false)
  })
})
