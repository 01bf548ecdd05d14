import { describe, expect, it } from 'vitest'

import {
  binomialCdf,
  binomialPmf,
  binomialTestPValue,
  mcnemarTest,
  meanInterval,
  meanIntervalFromSufficientStatistics,
  normalCdf,
  normalQuantile,
  pairedTTest,
  pairedTTestFromDifferences,
  studentTCdf,
  studentTQuantile,
  sufficientStatistics,
  welchTTest,
  welchTTestFromSufficientStatistics,
  wilcoxonSignedRank,
  wilsonInterval,
} from '../../../src/evaluation/statistics/index.js'

// Mulberry32: a tiny seeded generator so every run sees the same "random" data.
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

const random = generator(20240611)

function integer(low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1))
}

/** Scores as an assessment produces them: the share of `items` answered correctly. */
function scores(n: number, items: number, skill: number): number[] {
  return Array.from({ length: n }, () => {
    let correct = 0
    for (let item = 0; item < items; item += 1) if (random() < skill) correct += 1
    return correct / items
  })
}

/** Continuous values with an offset, to exercise the sums' cancellation. */
function normals(n: number, mean: number, sd: number): number[] {
  return Array.from({ length: n }, () => {
    const radius = Math.sqrt(-2 * Math.log(1 - random()))
    return mean + sd * radius * Math.cos(2 * Math.PI * random())
  })
}

function expectRelative(actual: number | null, expected: number | null, tolerance: number): void {
  if (expected === null) {
    expect(actual).toBeNull()
    return
  }
  expect(actual).not.toBeNull()
  const scale = Math.max(Math.abs(expected), 1e-300)
  expect(Math.abs((actual ?? Number.NaN) - expected) / scale).toBeLessThan(tolerance)
}

/** No output object may carry NaN or ±Infinity. */
function expectAllFiniteOrNull(result: object): void {
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true)
  }
}

function expectProbability(p: number | null): void {
  expect(p).not.toBeNull()
  expect(p).toBeGreaterThanOrEqual(0)
  expect(p).toBeLessThanOrEqual(1)
}

const TRIALS = 200

// Sums lose about log10(mean² / variance) digits to cancellation (see summarizeSufficient-
// Statistics); for these data that leaves well over 9.
const SUMS_TOLERANCE = 1e-9

describe('properties on random data', () => {
  it('mean intervals from sums equal those from raw values, and contain the mean', () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const values =
        trial % 2 === 0
          ? scores(integer(2, 300), integer(5, 20), random())
          : normals(integer(2, 300), 10 * random(), 0.01 + random())
      const raw = meanInterval(values)
      const fromSums = meanIntervalFromSufficientStatistics(sufficientStatistics(values))
      expectAllFiniteOrNull(raw)
      expectAllFiniteOrNull(fromSums)
      expect(fromSums.n).toBe(raw.n)
      expectRelative(fromSums.mean, raw.mean, SUMS_TOLERANCE)
      if (raw.sd === 0) {
        expect(fromSums.sd).toBe(0)
        continue
      }
      expectRelative(fromSums.sd, raw.sd, SUMS_TOLERANCE)
      expectRelative(fromSums.ciLower, raw.ciLower, SUMS_TOLERANCE)
      expectRelative(fromSums.ciUpper, raw.ciUpper, SUMS_TOLERANCE)
      expect(raw.ciLower).toBeLessThan(raw.mean ?? Number.NaN)
      expect(raw.ciUpper).toBeGreaterThan(raw.mean ?? Number.NaN)
    }
  })

  it('paired t tests from sums of differences equal those from raw pairs', () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const n = integer(2, 200)
      const items = integer(5, 20)
      const pre = scores(n, items, random())
      const post = pre.map((score) => Math.min(1, Math.max(0, score + (random() - 0.3) / 2)))
      const raw = pairedTTest(post, pre)
      const differences = post.map((value, index) => value - pre[index])
      const fromSums = pairedTTestFromDifferences(sufficientStatistics(differences))
      expectAllFiniteOrNull(raw)
      expectAllFiniteOrNull(fromSums)
      if (raw.t === null) continue
      expectProbability(raw.p)
      expectRelative(fromSums.t, raw.t, SUMS_TOLERANCE)
      expectRelative(fromSums.p, raw.p, 1e-7)
      expectRelative(fromSums.ciLower, raw.ciLower, SUMS_TOLERANCE)
      expectRelative(fromSums.ciUpper, raw.ciUpper, SUMS_TOLERANCE)
      expectRelative(fromSums.cohensDz, raw.cohensDz, SUMS_TOLERANCE)
      expect(raw.ciLower).toBeLessThan(raw.meanDiff ?? Number.NaN)
      expect(raw.ciUpper).toBeGreaterThan(raw.meanDiff ?? Number.NaN)
      // The interval excludes 0 exactly when p < 0.05.
      const excludesZero = (raw.ciLower ?? 0) > 0 || (raw.ciUpper ?? 0) < 0
      expect(excludesZero).toBe((raw.p ?? 1) < 0.05)
    }
  })

  it('Welch tests from sums equal those from raw groups', () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const x = trial % 2 ? scores(integer(2, 150), 10, random()) : normals(integer(2, 150), 5, 1)
      const y = trial % 2 ? scores(integer(2, 150), 10, random()) : normals(integer(2, 150), 5, 2)
      const raw = welchTTest(x, y)
      const fromSums = welchTTestFromSufficientStatistics(
        sufficientStatistics(x),
        sufficientStatistics(y),
      )
      expectAllFiniteOrNull(raw)
      expectAllFiniteOrNull(fromSums)
      if (raw.t === null) continue
      expectProbability(raw.p)
      expectRelative(fromSums.t, raw.t, SUMS_TOLERANCE)
      expectRelative(fromSums.df, raw.df, SUMS_TOLERANCE)
      expectRelative(fromSums.p, raw.p, 1e-7)
      expectRelative(fromSums.ciLower, raw.ciLower, SUMS_TOLERANCE)
      expectRelative(fromSums.ciUpper, raw.ciUpper, SUMS_TOLERANCE)
      expectRelative(fromSums.hedgesG, raw.hedgesG, SUMS_TOLERANCE)
      const df = raw.df ?? Number.NaN
      expect(df).toBeGreaterThanOrEqual(Math.min(x.length, y.length) - 1 - 1e-9)
      expect(df).toBeLessThanOrEqual(x.length + y.length - 2 + 1e-9)
    }
  })

  it('Wilcoxon p-values lie in [0, 1] and V in its range', () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const n = integer(1, 80)
      const pre = scores(n, integer(3, 12), random())
      const post = scores(n, integer(3, 12), random())
      const result = wilcoxonSignedRank(post, pre)
      expectAllFiniteOrNull(result)
      expect(result.n + result.zeros).toBe(n)
      expect(result.V).toBeGreaterThanOrEqual(0)
      expect(result.V).toBeLessThanOrEqual((result.n * (result.n + 1)) / 2)
      if (result.n > 0) expectProbability(result.p)
      else expect(result.p).toBeNull()
    }
  })

  it('McNemar, binomial and Wilson figures stay in range', () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const b = integer(0, 60)
      const c = integer(0, 60)
      const mcnemar = mcnemarTest(b, c)
      expectAllFiniteOrNull(mcnemar)
      if (b + c > 0) {
        expectProbability(mcnemar.p)
        expectProbability(mcnemar.exactP)
      }
      const trials = integer(0, 500)
      const successes = integer(0, trials)
      const wilson = wilsonInterval(successes, trials)
      expectAllFiniteOrNull(wilson)
      if (trials > 0) {
        expect(wilson.lower).toBeGreaterThanOrEqual(0)
        expect(wilson.upper).toBeLessThanOrEqual(1)
        expect(wilson.lower).toBeLessThanOrEqual(wilson.proportion ?? Number.NaN)
        expect(wilson.upper).toBeGreaterThanOrEqual(wilson.proportion ?? Number.NaN)
        expectProbability(binomialTestPValue(successes, trials, random()))
      }
    }
  })

  it('quantiles invert their CDFs', () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const p = random() * 0.998 + 0.001
      const df = trial % 3 === 0 ? integer(1, 50) : 0.5 + 200 * random()
      expectRelative(studentTCdf(studentTQuantile(p, df), df), p, 1e-12)
      expectRelative(normalCdf(normalQuantile(p)), p, 1e-13)
    }
  })

  it('the binomial CDF is the running sum of the PMF', () => {
    for (let trial = 0; trial < 50; trial += 1) {
      const n = integer(0, 120)
      const p = random()
      let sum = 0
      for (let k = 0; k <= n; k += 1) {
        sum += binomialPmf(k, n, p)
        expect(Math.abs(binomialCdf(k, n, p) - sum)).toBeLessThan(1e-12)
      }
    }
  })
})
