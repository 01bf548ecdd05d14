import { describe, expect, it } from 'vitest'

import { nestsDeeperThan } from '../../../src/http/jsonNesting'

const bytes = (text: string) => Buffer.from(text)

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings or escaped quotes', () => {
    expect(nestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false)
    expect(nestsDeeperThan(bytes('{"a":[{"b":[[1]]}]}'), 4)).toBe(true)
    expect(nestsDeeperThan(bytes(`{"a":"${'['.repeat(1000)}"}`), 2)).toBe(false)
    expect(nestsDeeperThan(bytes(`{"a":"\\"${'['.repeat(10)}"}`), 2)).toBe(false)
    expect(nestsDeeperThan(bytes('[[],[],[]]'), 2)).toBe(false)
  })

  it('finds a body nested a hundred thousand deep in one pass', () => {
    expect(nestsDeeperThan(bytes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toBe(true)
  })
})
