import { describe, expect, it } from 'vitest'

import {
  calibrateShift,
  expectedScore,
  probabilityCorrect,
} from '../../../src/tools/population/knowledgeModel'

describe('the knowledge model', () => {
  it('never falls below the chance of guessing, and rises with knowledge', () => {
    const item = { difficulty: 0.3, guess: 1 / 3 }
    expect(probabilityCorrect(item, -50)).toBeCloseTo(1 / 3, 10)
    expect(probabilityCorrect(item, 50)).toBeCloseTo(1, 10)
    expect(probabilityCorrect(item, 0.3)).toBeCloseTo(1 / 3 + (2 / 3) * 0.5, 10)
  })

  it('averages to one half on a symmetric item with no guessing', () => {
    expect(expectedScore([{ difficulty: 0, guess: 0 }], 0, 1)).toBeCloseTo(0.5, 10)
  })

  it('matches a Monte Carlo average of the same model', () => {
    const items = [
      { difficulty: -0.5, guess: 1 / 3 },
      { difficulty: 0.8, guess: 1 / 4 },
    ]
    let sum = 0
    const draws = 200_000
    let state = 12345
    const uniform = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31
    for (let i = 0; i < draws; i += 1) {
      const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform())
      sum +=
        (probabilityCorrect(items[0], 0.2 + 1.3 * z) +
          probabilityCorrect(items[1], 0.2 + 1.3 * z)) /
        2
    }
    expect(expectedScore(items, 0.2, 1.3)).toBeCloseTo(sum / draws, 2)
  })

  it('finds the shift that gives the target gain', () => {
    const items = [0.2, -0.4, 1.1, 0].map((difficulty) => ({ difficulty, guess: 1 / 3 }))
    const calibration = calibrateShift({ baseline: -0.8, effectSd: 0.5, items, targetGain: 0.2 })
    expect(calibration.expectedPost - calibration.expectedPre).toBeCloseTo(0.2, 6)
    expect(calibration.shift).toBeGreaterThan(0)
    expect(expectedScore(items, -0.8 + calibration.shift, Math.sqrt(1.25))).toBeCloseTo(
      calibration.expectedPost,
      10,
    )
  })

  it('caps a gain the items cannot give at what they can', () => {
    const items = [{ difficulty: 0, guess: 1 / 3 }]
    const calibration = calibrateShift({ baseline: 2, effectSd: 0.5, items, targetGain: 0.9 })
    expect(calibration.expectedPost).toBeLessThanOrEqual(1)
    expect(calibration.expectedPost - calibration.expectedPre).toBeLessThan(0.9)
  })
})
