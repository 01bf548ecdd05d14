import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import {
  DistinctSketch,
  EXACT_LIMIT,
  PseudonymFormatError,
  reachedError,
} from '../../../src/evaluation/sketch/index.js'
import { pseudonyms } from './pseudonyms.js'

describe('DistinctSketch in exact mode', () => {
  it('starts empty and exact', () => {
    expect(new DistinctSketch().estimate()).toEqual({
      value: 0,
      exact: true,
      relativeStandardError: 0,
    })
  })

  it('counts distinct pseudonyms exactly, ignoring repeats', () => {
    const ids = pseudonyms('exact', 1000)
    const sketch = new DistinctSketch()
    for (let round = 0; round < 3; round += 1) {
      for (const id of ids.slice(0, 400 + round * 300)) sketch.add(id)
    }
    expect(sketch.isExact).toBe(true)
    expect(sketch.estimate()).toEqual({ value: 1000, exact: true, relativeStandardError: 0 })
    expect(reachedError(sketch.estimate())).toBe(0)
  })

  it('stays exact up to EXACT_LIMIT distinct, however often each repeats', () => {
    const ids = pseudonyms('limit', EXACT_LIMIT)
    const sketch = new DistinctSketch()
    for (const id of [...ids, ...ids.reverse(), ...ids]) sketch.add(id)
    expect(sketch.estimate()).toEqual({ value: EXACT_LIMIT, exact: true, relativeStandardError: 0 })
  })

  it('uses the first 16 hex digits, in either case, as the hash', () => {
    const [id] = pseudonyms('case', 1)
    const sketch = new DistinctSketch()
      .add(id)
      .add(id.toUpperCase())
      .add(`${id.slice(0, 16)}${'0'.repeat(48)}`)
      .add(id.slice(0, 16))
    expect(sketch.estimate().value).toBe(1)
  })

  it('counts hashes that differ only in the low word, or are all zero, as distinct', () => {
    const sketch = new DistinctSketch()
      .add('0'.repeat(16))
      .add('0'.repeat(64))
      .add(`${'0'.repeat(15)}1`)
      .add(`${'f'.repeat(8)}${'0'.repeat(8)}`)
      .addHash(0xffffffff, 0xffffffff)
      .addHash(-1, -1)
    expect(sketch.estimate().value).toBe(4)
  })

  it('agrees between add, addHash and addDigest', () => {
    const viaHex = new DistinctSketch()
    const viaWords = new DistinctSketch()
    const viaDigest = new DistinctSketch()
    for (let index = 0; index < 3000; index += 1) {
      const digest = createHmac('sha256', 'paths').update(String(index)).digest()
      viaHex.add(digest.toString('hex'))
      viaWords.addHash(digest.readUInt32BE(0), digest.readUInt32BE(4))
      viaDigest.addDigest(digest)
    }
    expect(viaWords.equals(viaHex)).toBe(true)
    expect(viaDigest.equals(viaHex)).toBe(true)
  })

  it('rejects pseudonyms that do not start with 16 hex digits', () => {
    const sketch = new DistinctSketch()
    for (const bad of [
      '',
      'abc',
      '0123456789abcde',
      '0123456789abcdeg',
      ' 0123456789abcdef',
      'é'.repeat(16),
    ]) {
      expect(() => sketch.add(bad)).toThrow(PseudonymFormatError)
    }
    expect(() => sketch.addDigest(new Uint8Array(7))).toThrow(RangeError)
    expect(sketch.estimate().value).toBe(0)
  })
})
