import type { Accumulated } from './mergedTallies'

import { histogramValue } from '../store/histogramKey'

/** Scores are shares of items (k/n); this keeps 7/10 ≥ 0.7 true whatever the float rounding. */
const TOLERANCE = 1e-9

export type MasteryCount = { n: number; passed: number }

/** How many of a phase's respondents scored at or above the pass mark. */
export const masteryCount = (tally: Accumulated, passMark: number): MasteryCount => {
  let passed = 0
  for (const [key, count] of tally.histogram) {
    if (histogramValue(key) + TOLERANCE >= passMark) passed += count
  }
  return { n: tally.n, passed }
}
