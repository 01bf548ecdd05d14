import { describe, expect, it } from 'vitest'

import { DistinctSketch, EXACT_LIMIT, unionOf } from '../../../src/evaluation/sketch/index.js'
import { pseudonyms, seededRandom } from './pseudonyms.js'

const POOL = pseudonyms('merge-pool', 40_000)

function sketchOf(ids: Iterable<string>): DistinctSketch {
  const sketch = new DistinctSketch()
  for (const id of ids) sketch.add(id)
  return sketch
}

function union(a: DistinctSketch, b: DistinctSketch): DistinctSketch {
  return a.clone().merge(b)
}

/** Same state, and the same canonical bytes (compared as Buffers: toEqual on 12 KiB is slow). */
function sameState(actual: DistinctSketch, expected: DistinctSketch): void {
  expect(actual.equals(expected)).toBe(true)
  expect(Buffer.from(actual.toBytes()).equals(expected.toBytes())).toBe(true)
}

/** Sizes on both sides of the switch, so unions go exact→exact, exact→dense and dense→dense. */
const SIZES = [
  0,
  1,
  2,
  17,
  300,
  700,
  800,
  EXACT_LIMIT - 1,
  EXACT_LIMIT,
  EXACT_LIMIT + 1,
  3000,
  12_000,
]

/** A random subset of the pool: overlapping sets, as days and breakdowns of one campaign are. */
function randomSet(random: () => number): string[] {
  const size = SIZES[Math.floor(random() * SIZES.length)]
  const start = Math.floor(random() * (POOL.length - size))
  return POOL.slice(start, start + size)
}

describe('DistinctSketch.merge', () => {
  it('equals the sketch of the union, register for register', () => {
    const ids = POOL.slice(0, 30_000)
    const random = seededRandom(7)
    // 2000 cells; each respondent lands in one to three of them (several days, breakdowns).
    const cells = Array.from({ length: 2000 }, () => new DistinctSketch())
    for (const id of ids) {
      const copies = 1 + Math.floor(random() * 3)
      for (let copy = 0; copy < copies; copy += 1) cells[Math.floor(random() * 2000)].add(id)
    }
    // A few large cells, dense on their own.
    for (let cell = 0; cell < 3; cell += 1) {
      for (const id of ids.slice(cell * 9000, cell * 9000 + 5000)) cells[cell].add(id)
    }
    const whole = sketchOf(ids)
    expect(whole.isExact).toBe(false)

    sameState(unionOf(cells), whole)
    sameState(unionOf([...cells].reverse()), whole)
    sameState(unionOf(cells.map((cell) => cell.toBytes())), whole)

    // A tree of merges, as a roll-up over days then breakdowns would do.
    let level = cells.map((cell) => cell.clone())
    while (level.length > 1) {
      const next: DistinctSketch[] = []
      for (let index = 0; index < level.length; index += 2) {
        next.push(index + 1 < level.length ? level[index].merge(level[index + 1]) : level[index])
      }
      level = next
    }
    sameState(level[0], whole)
  })

  it('unions exact sets and stays exact while the union is small', () => {
    const a = sketchOf(POOL.slice(0, 600))
    const b = sketchOf(POOL.slice(400, 1000))
    const merged = union(a, b)
    expect(merged.estimate()).toEqual({ value: 1000, exact: true, relativeStandardError: 0 })
    sameState(merged, sketchOf(POOL.slice(0, 1000)))
  })

  it('turns dense when an exact union passes EXACT_LIMIT', () => {
    const a = sketchOf(POOL.slice(0, 1000))
    const b = sketchOf(POOL.slice(900, 1800))
    const merged = union(a, b)
    expect(merged.isExact).toBe(false)
    sameState(merged, sketchOf(POOL.slice(0, 1800)))
  })

  it('leaves its argument unchanged', () => {
    const a = sketchOf(POOL.slice(0, 100))
    const b = sketchOf(POOL.slice(50, 3000))
    const before = b.toBytes()
    a.merge(b)
    b.merge(a.clone())
    expect(sketchOf(POOL.slice(0, 100)).merge(b).equals(a)).toBe(true)
    expect(b.toBytes()).not.toEqual(before)
    const c = sketchOf(POOL.slice(0, 10))
    const cBefore = c.toBytes()
    sketchOf(POOL.slice(0, 3000)).merge(c)
    expect(c.toBytes()).toEqual(cBefore)
  })

  it(
    'is commutative, associative and idempotent, with the empty sketch as identity',
    { timeout: 30_000 },
    () => {
      const random = seededRandom(20_240_601)
      for (let trial = 0; trial < 60; trial += 1) {
        const a = sketchOf(randomSet(random))
        const b = sketchOf(randomSet(random))
        const c = sketchOf(randomSet(random))
        sameState(union(a, b), union(b, a))
        sameState(union(union(a, b), c), union(a, union(b, c)))
        sameState(union(a, a), a)
        sameState(union(union(a, b), b), union(a, b))
        sameState(union(a, new DistinctSketch()), a)
        sameState(union(new DistinctSketch(), a), a)
        const self = a.clone()
        sameState(self.merge(self), a)
      }
    },
  )

  it('gives the same result through mergeBytes as through merge', () => {
    const random = seededRandom(99)
    for (let trial = 0; trial < 40; trial += 1) {
      const a = sketchOf(randomSet(random))
      const b = sketchOf(randomSet(random))
      sameState(a.clone().mergeBytes(b.toBytes()), union(a, b))
    }
  })
})
