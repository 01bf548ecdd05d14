import { describe, expect, it } from 'vitest'

import { nameBasedUuid } from '../../../src/evaluation/ids/nameBasedUuid'

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'

describe('name-based UUIDs (version 5)', () => {
  it('match the published value for www.example.com in the DNS namespace', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(nameBasedUuid(DNS_NAMESPACE, 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
  })

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedUuid('dns', 'x')).toThrow(/namespace must be a UUID/)
  })
})
