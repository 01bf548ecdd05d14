import { describe, expect, it } from 'vitest'

import {
  DistinctSketch,
  EXACT_LIMIT,
  FORMAT_VERSION,
  SketchFormatError,
} from '../../../src/evaluation/sketch/index.js'
import { pseudonyms } from './pseudonyms.js'

const IDS = pseudonyms('serialization', 20_000)

function sketchOf(count: number): DistinctSketch {
  const sketch = new DistinctSketch()
  for (const id of IDS.slice(0, count)) sketch.add(id)
  return sketch
}

const DENSE_BYTES = 2 + 12_288

describe('DistinctSketch serialization', () => {
  for (const count of [0, 1, 2, 10, 100, EXACT_LIMIT, EXACT_LIMIT + 1, 20_000]) {
    it(`round-trips ${count} distinct through bytes and base64`, () => {
      const sketch = sketchOf(count)
      const bytes = sketch.toBytes()
      expect(bytes[0]).toBe(FORMAT_VERSION)
      expect(bytes.length).toBe(count <= EXACT_LIMIT ? 2 + 8 * count : DENSE_BYTES)

      const back = DistinctSketch.fromBytes(bytes)
      expect(back.equals(sketch)).toBe(true)
      expect(back.estimate()).toEqual(sketch.estimate())
      expect(back.toBytes()).toEqual(bytes)

      const text = sketch.toBase64()
      expect(text).toMatch(/^[A-Za-z0-9+/]*={0,2}$/)
      expect(DistinctSketch.fromBase64(text).equals(sketch)).toBe(true)

      // A restored sketch keeps working: adding more behaves as on the original.
      const more = IDS.slice(count, count + 50)
      for (const id of more) {
        back.add(id)
        sketch.add(id)
      }
      expect(back.equals(sketch)).toBe(true)
    })
  }

  it('reads a sketch from a Buffer slice (non-zero byteOffset)', () => {
    for (const count of [5, 5000]) {
      const bytes = sketchOf(count).toBytes()
      const framed = Buffer.concat([Buffer.from([1, 2, 3]), bytes, Buffer.from([4])])
      const slice = framed.subarray(3, 3 + bytes.length)
      expect(DistinctSketch.fromBytes(slice).toBytes()).toEqual(bytes)
      expect(new DistinctSketch().mergeBytes(slice).toBytes()).toEqual(bytes)
    }
  })

  it('is canonical: the same set gives the same bytes in any insertion order', () => {
    for (const count of [300, 4000]) {
      const forward = sketchOf(count)
      const backward = new DistinctSketch()
      for (const id of IDS.slice(0, count).reverse()) backward.add(id)
      expect(backward.toBytes()).toEqual(forward.toBytes())
    }
  })

  it('stores small sets in a few bytes', () => {
    expect(new DistinctSketch().toBase64()).toBe('AQA=')
    expect(sketchOf(1).toBytes().length).toBe(10)
    expect(sketchOf(EXACT_LIMIT).toBytes().length).toBeLessThanOrEqual(DENSE_BYTES)
  })

  it('rejects malformed input without changing the target of mergeBytes', () => {
    const exact = sketchOf(3).toBytes()
    const dense = sketchOf(3000).toBytes()
    const corrupt = (bytes: Uint8Array, at: number, value: number): Uint8Array => {
      const copy = bytes.slice()
      copy[at] = value
      return copy
    }
    const swapped = exact.slice()
    swapped.set(exact.subarray(10, 18), 2)
    swapped.set(exact.subarray(2, 10), 10)
    const bad: Uint8Array[] = [
      new Uint8Array(0),
      new Uint8Array([FORMAT_VERSION]),
      corrupt(exact, 0, 9),
      corrupt(exact, 1, 7),
      exact.subarray(0, exact.length - 1),
      swapped,
      Uint8Array.from([...exact, ...exact.subarray(2, 10)]),
      dense.subarray(0, dense.length - 3),
      corrupt(dense, 2, 0xff),
      corrupt(dense, dense.length - 1, 0x3f),
      new Uint8Array(2 + 8 * (EXACT_LIMIT + 1)).fill(0).map((_, at) => (at === 0 ? 1 : 0)),
    ]
    const target = sketchOf(2000)
    const before = target.toBytes()
    for (const bytes of bad) {
      expect(() => DistinctSketch.fromBytes(bytes)).toThrow(SketchFormatError)
      expect(() => target.mergeBytes(bytes)).toThrow(SketchFormatError)
    }
    expect(target.toBytes()).toEqual(before)
    expect(() => DistinctSketch.fromBase64('not base64!')).toThrow(SketchFormatError)
  })
})
