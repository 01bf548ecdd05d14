import { describe, expect, it } from 'vitest'

import { allocate } from '../../../src/tools/population/allocate'
import { createRandom } from '../../../src/tools/population/random'

describe('the seeded random source', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const first = createRandom(7)
    const second = createRandom(7)
    const other = createRandom(8)
    const a = Array.from({ length: 5 }, first.next)
    expect(Array.from({ length: 5 }, second.next)).toEqual(a)
    expect(Array.from({ length: 5 }, other.next)).not.toEqual(a)
  })

  it('draws normals, Poisson counts and weighted picks with the right averages', () => {
    const random = createRandom('moments')
    const n = 50_000
    const normals = Array.from({ length: n }, random.normal)
    const mean = normals.reduce((a, b) => a + b, 0) / n
    const variance = normals.reduce((acc, x) => acc + (x - mean) ** 2, 0) / (n - 1)
    expect(Math.abs(mean)).toBeLessThan(0.03)
    expect(Math.abs(variance - 1)).toBeLessThan(0.03)

    const counts = Array.from({ length: n }, () => random.poisson(1.5))
    expect(Math.abs(counts.reduce((a, b) => a + b, 0) / n - 1.5)).toBeLessThan(0.03)

    const picks = Array.from({ length: n }, () => random.weighted({ a: 1, b: 3 }))
    expect(Math.abs(picks.filter((pick) => pick === 'b').length / n - 0.75)).toBeLessThan(0.01)
  })

  it('makes version 4 UUIDs', () => {
    const random = createRandom(1)
    const ids = Array.from({ length: 1000 }, random.uuid)
    expect(new Set(ids).size).toBe(1000)
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
  })
})

describe('allocating respondents to audiences', () => {
  it('gives whole parts in proportion that add up exactly', () => {
    expect(allocate(10, [0.45, 0.2, 0.35])).toEqual([5, 2, 3])
    expect(allocate(7, [1, 1, 1])).toEqual([3, 2, 2])
    expect(allocate(0, [1, 2])).toEqual([0, 0])
    expect(allocate(5, [])).toEqual([])
  })
})
