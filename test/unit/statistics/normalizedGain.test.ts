import { describe, expect, it } from 'vitest'

import { labelGain, normalizedGain } from '../../../src/evaluation/statistics/index.js'

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
