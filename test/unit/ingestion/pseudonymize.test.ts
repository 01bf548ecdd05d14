import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { serverKeysOf } from '../../../src/evaluation/ids/serverKeys'
import { pseudonymize } from '../../../src/evaluation/ingestion/pseudonymize'

describe('pseudonymize', () => {
  const key = serverKeysOf('server secret').pseudonym

  it('is HMAC-SHA256 of campaign and respondent under a key derived for this purpose only', () => {
    const expectedKey = createHmac('sha256', 'server secret')
      .update('aware/evaluation/respondent-pseudonym/v1')
      .digest()
    expect(key.equals(expectedKey)).toBe(true)
    expect(pseudonymize(key, '3', 'device-1')).toBe(
      createHmac('sha256', expectedKey).update('3\u0000device-1').digest('hex'),
    )
  })

  it('pairs a respondent within a campaign, and cannot be linked across campaigns or secrets', () => {
    const once = pseudonymize(key, '3', 'device-1')
    expect(pseudonymize(key, '3', 'device-1')).toBe(once)
    expect(once).toMatch(/^[0-9a-f]{64}$/)
    expect(pseudonymize(key, '4', 'device-1')).not.toBe(once)
    expect(pseudonymize(serverKeysOf('another secret').pseudonym, '3', 'device-1')).not.toBe(once)
    // The separator keeps ("3", "1x") and ("31", "x") apart.
    expect(pseudonymize(key, '3', '1x')).not.toBe(pseudonymize(key, '31', 'x'))
  })
})
