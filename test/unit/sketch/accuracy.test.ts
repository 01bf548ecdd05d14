import { describe, expect, it } from 'vitest'

import { DistinctSketch, RELATIVE_STANDARD_ERROR } from '../../../src/evaluation/sketch/index.js'
import { pseudonym } from './pseudonyms.js'

/**
 * Relative errors over fixed seeds (HMAC keys), so the figures are the same on every run. The
 * bounds are those of the brief: RMS within 2 SE, worst within 4 SE.
 */
function relativeErrors(distinct: number, seeds: number): number[] {
  return Array.from({ length: seeds }, (_, seed) => {
    const sketch = new DistinctSketch()
    for (let index = 0; index < distinct; index += 1) sketch.add(pseudonym(`seed-${seed}`, index))
    const { value, exact, relativeStandardError } = sketch.estimate()
    expect(exact).toBe(false)
    expect(relativeStandardError).toBe(RELATIVE_STANDARD_ERROR)
    return (value - distinct) / distinct
  })
}

const cases = [
  { distinct: 10_000, seeds: 20 },
  { distinct: 100_000, seeds: 8 },
  { distinct: 1_000_000, seeds: 3 },
]

describe('DistinctSketch accuracy (precision 14, SE = 1.04 / 128 ≈ 0.81 %)', () => {
  it('has the documented standard error', () => {
    expect(RELATIVE_STANDARD_ERROR).toBeCloseTo(0.008125, 6)
  })

  for (const { distinct, seeds } of cases) {
    it(
      `estimates ${distinct} distinct pseudonyms over ${seeds} seeds`,
      { timeout: 240_000 },
      () => {
        const errors = relativeErrors(distinct, seeds)
        const rms = Math.sqrt(errors.reduce((sum, error) => sum + error * error, 0) / seeds)
        const worst = Math.max(...errors.map(Math.abs))
        console.info(
          `${distinct} distinct, ${seeds} seeds: RMS ${(rms * 100).toFixed(3)} %, ` +
            `worst ${(worst * 100).toFixed(3)} % (SE ${(RELATIVE_STANDARD_ERROR * 100).toFixed(3)} %)`,
        )
        expect(rms).toBeLessThanOrEqual(2 * RELATIVE_STANDARD_ERROR)
        expect(worst).toBeLessThanOrEqual(4 * RELATIVE_STANDARD_ERROR)
      },
    )
  }
})
