import { regularizedIncompleteBeta } from '../special/incompleteBeta'
import { logBeta } from '../special/logBeta'
import { logGamma } from '../special/logGamma'
import { normalCdf } from './normal'
import { studentTCdf } from './studentT'

/**
 * The noncentral t distribution, P(T ≤ t) for T = (Z + δ) / √(χ²_ν / ν): what R's
 * `pt(t, df, ncp)` and SciPy's `stats.nct.cdf` give. For t ≥ 0 it is the Poisson mixture of
 * Lenth (1989, Applied Statistics 48, algorithm AS 243),
 *
 *   Φ(−δ) + ½ Σ_j [p_j I_x(j + ½, ν/2) + q_j I_x(j + 1, ν/2)],  x = t² / (t² + ν),
 *
 * with p_j = e^(−λ) λ^j / j!, q_j = sign(δ) e^(−λ) λ^(j+½) / Γ(j + 3/2) and λ = δ²/2; for t < 0,
 * P(T ≤ t; δ) = 1 − P(T ≤ −t; −δ). AS 243 sums from j = 0, whose weights underflow once δ
 * passes about 37 (R warns there); here the sum starts at the weights' mode and walks both ways,
 * with the incomplete beta stepped by its recurrence I_x(a + 1, b) = I_x(a, b) − G(a),
 * G(a) = x^a (1 − x)^b / (a B(a, b)), as Benton & Krishnamoorthy (2003, CSDA 43:249) do. The
 * result is accurate to about 1e-13 absolute, which is what inverting it for an interval needs;
 * far-tail probabilities (below ~1e-13) are not to be read relatively.
 */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`degrees of freedom must be finite and positive, got ${df}`)
  }
  if (!Number.isFinite(t) || !Number.isFinite(ncp)) {
    throw new RangeError(`noncentralTCdf needs finite t and ncp, got ${t} and ${ncp}`)
  }
  if (ncp === 0) return studentTCdf(t, df)
  if (t < 0) return clampProbability(1 - upperHalf(-t, df, -ncp))
  return clampProbability(upperHalf(t, df, ncp))
}

/** Weights below this no longer change a sum of terms bounded by 1. */
const NEGLIGIBLE = 1e-18

const MAX_TERMS = 1_000_000

/** Steps below this may have lost digits to underflow; they are recomputed instead. */
const UNDERFLOW = 1e-280

function upperHalf(t: number, df: number, ncp: number): number {
  const start = normalCdf(-ncp)
  if (t === 0) return start
  const square = t * t
  const x = square / (square + df)
  const complement = df / (square + df)
  const b = df / 2
  const lambda = (ncp * ncp) / 2
  const logLambda = Math.log(lambda)
  const sign = ncp < 0 ? -1 : 1
  const mode = Math.floor(lambda)
  const logX = Math.log(x)
  const logComplement = Math.log(complement)
  /** G(a) = x^a (1 − x)^b / (a B(a, b)): I_x(a, b) − I_x(a + 1, b). */
  const step = (a: number) => Math.exp(a * logX + b * logComplement - Math.log(a) - logBeta(a, b))

  const pMode = Math.exp(-lambda + mode * logLambda - logGamma(mode + 1))
  const qMode = sign * Math.exp(-lambda + (mode + 0.5) * logLambda - logGamma(mode + 1.5))
  const betaPMode = regularizedIncompleteBeta(x, mode + 0.5, b, complement)
  const betaQMode = regularizedIncompleteBeta(x, mode + 1, b, complement)
  const stepPMode = step(mode + 0.5)
  const stepQMode = step(mode + 1)

  let sum = 0
  // Upwards from the mode: weights and incomplete betas both fall.
  {
    let [p, q, betaP, betaQ, stepP, stepQ] = [
      pMode,
      qMode,
      betaPMode,
      betaQMode,
      stepPMode,
      stepQMode,
    ]
    for (let j = mode; j < mode + MAX_TERMS; j += 1) {
      const term = p * Math.max(0, betaP) + q * Math.max(0, betaQ)
      sum += term
      if (Math.abs(p) + Math.abs(q) < NEGLIGIBLE || Math.abs(term) < NEGLIGIBLE) break
      betaP -= stepP
      betaQ -= stepQ
      stepP *= (x * (j + 0.5 + b)) / (j + 1.5)
      stepQ *= (x * (j + 1 + b)) / (j + 2)
      p *= lambda / (j + 1)
      q *= lambda / (j + 1.5)
    }
  }
  // Downwards from the mode: weights fall, incomplete betas rise towards 1.
  {
    let [p, q, betaP, betaQ, stepP, stepQ] = [
      pMode,
      qMode,
      betaPMode,
      betaQMode,
      stepPMode,
      stepQMode,
    ]
    for (let j = mode; j > 0; j -= 1) {
      // From index j to j − 1: G(a − 1) = G(a) · a / (x (a − 1 + b)). Where G underflowed at
      // the mode (a small x and a large a) the recurrence would stay at 0: compute it afresh.
      stepP = stepP > UNDERFLOW ? (stepP * (j + 0.5)) / (x * (j - 0.5 + b)) : step(j - 0.5)
      stepQ = stepQ > UNDERFLOW ? (stepQ * (j + 1)) / (x * (j + b)) : step(j)
      betaP += stepP
      betaQ += stepQ
      p *= j / lambda
      q *= (j + 0.5) / lambda
      sum += p * Math.min(1, betaP) + q * Math.min(1, betaQ)
      if (Math.abs(p) + Math.abs(q) < NEGLIGIBLE) break
    }
  }
  return start + sum / 2
}

const clampProbability = (value: number) => Math.min(1, Math.max(0, value))
