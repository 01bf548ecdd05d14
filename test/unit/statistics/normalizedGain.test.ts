import { describe, expect, it } from 'vitest'

import {
  labelGain,
  normalizedGain,
  normalizedGainInterval,
} from '../../../src/evaluation/statistics/index.js'
import { expectSignificant } from './expectSignificant.js'

describe('normalizedGain', () => {
  it('is the gained share of what was left to gain (Hake 1998, Am. J. Phys. 66:64)', () => {
    // pre 40%, post 70%: 0.3 of the 0.6 still open, g = 0.5
    const result = normalizedGain(0.4, 0.7)
    expect(result.gain).toBeCloseTo(0.5, 15)
    expect(result.label).toBe('medium')
  })

  it("labels by Hake's bands: low below 0.3, medium from 0.3, high from 0.7", () => {
    expect(labelGain(0.29)).toBe('low')
    expect(labelGain(0.3)).toBe('medium')
    expect(labelGain(0.69)).toBe('medium')
    expect(labelGain(0.7)).toBe('high')
    expect(normalizedGain(0, 0.8).label).toBe('high')
    expect(normalizedGain(0.5, 0.55).label).toBe('low')
  })

  it('is negative and low when scores fell', () => {
    const result = normalizedGain(0.6, 0.5)
    expect(result.gain).toBeCloseTo(-0.25, 15)
    expect(result.label).toBe('low')
  })

  it('is null when the pre-test mean is already 1', () => {
    expect(normalizedGain(1, 1)).toEqual({ gain: null, label: null })
  })

  it('rejects means outside [0, 1]', () => {
    expect(() => normalizedGain(-0.1, 0.5)).toThrow(RangeError)
    expect(() => normalizedGain(0.5, Number.NaN)).toThrow(RangeError)
  })
})

/**
 * The delta-method interval of Hake's g on two independent means. Reference: SciPy 1.17.1 and
 * NumPy, with the gradient of g = (y − x)/(1 − x) taken by central finite differences (step
 * 1e-6), not from the closed form, SE = √(g_x² s_x²/n_x + g_y² s_y²/n_y), bounds g ± norm.ppf(0.975)·SE.
 */
describe('normalizedGainInterval (delta method)', () => {
  it.each([
    [0.45, 0.18, 120, 0.72, 0.16, 110, 0.490909, 0.0316334, 0.428909, 0.55291],
    [0.2, 0.1, 30, 0.25, 0.12, 25, 0.0625, 0.0368478, -0.00972045, 0.13472],
    [0.6, 0.2, 40, 0.5, 0.22, 40, -0.25, 0.131636, -0.508002, 0.00800248],
  ])(
    'pre %d (SD %d, n %d), post %d (SD %d, n %d)',
    (preMean, preSd, preN, postMean, postSd, postN, gain, se, lower, upper) => {
      const result = normalizedGainInterval(
        { mean: preMean, n: preN, variance: preSd ** 2 },
        { mean: postMean, n: postN, variance: postSd ** 2 },
      )
      expectSignificant(result.gain, gain)
      expectSignificant(result.standardError, se)
      expectSignificant(result.lower, lower)
      expectSignificant(result.upper, upper)
    },
  )

  it('has a gain but no interval without spread or with one value', () => {
    const pre = { mean: 0.5, n: 10, variance: 0 }
    expect(normalizedGainInterval(pre, { mean: 0.75, n: 10, variance: 0 })).toMatchObject({
      gain: 0.5,
      lower: null,
      upper: null,
    })
    expect(
      normalizedGainInterval(
        { mean: 0.5, n: 1, variance: null },
        { mean: 0.75, n: 10, variance: 0.01 },
      ),
    ).toMatchObject({ gain: 0.5, lower: null })
  })

  it('is null at a perfect pre mean, where no gain was possible', () => {
    expect(
      normalizedGainInterval({ mean: 1, n: 10, variance: 0 }, { mean: 1, n: 10, variance: 0 }).gain,
    ).toBeNull()
  })
})
