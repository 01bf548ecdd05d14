import { MAX_RANK, PRECISION, RANK_BITS, REGISTER_COUNT } from './constants'

/** Low bits of the high word that follow the register index (18 of them at precision 14). */
const HIGH_RANK_BITS = 32 - PRECISION
const HIGH_RANK_MASK = (1 << HIGH_RANK_BITS) - 1

export function createRegisters(): Uint8Array {
  return new Uint8Array(REGISTER_COUNT)
}

/**
 * Records the hash (hi, lo) in the registers: the top PRECISION bits pick the register, and the
 * register keeps the largest rank seen, rank = leading zeros of the remaining 50 bits + 1
 * (MAX_RANK when they are all zero), as in Ertl (2017).
 */
export function updateRegisters(registers: Uint8Array, hi: number, lo: number): void {
  const index = hi >>> HIGH_RANK_BITS
  const rest = hi & HIGH_RANK_MASK
  const rank =
    rest !== 0
      ? Math.clz32(rest) - PRECISION + 1
      : lo !== 0
        ? HIGH_RANK_BITS + Math.clz32(lo) + 1
        : MAX_RANK
  if (rank > registers[index]) registers[index] = rank
}

const HIGH_BITS = 0x80808080

/**
 * Register-wise maximum, the registers of the union of both sets of hashes, four registers at a
 * time (2.5× a byte loop): registers stay below 128, so (a | 0x80) − b never borrows across bytes
 * and its top bit per byte says a ≥ b; that bit widened to a byte mask picks a or b.
 * Both arrays must start on a 4-byte boundary, as every array made here does.
 */
export function mergeRegisters(target: Uint8Array, source: Uint8Array): void {
  const targetWords = new Uint32Array(target.buffer, target.byteOffset, REGISTER_COUNT / 4)
  const sourceWords = new Uint32Array(source.buffer, source.byteOffset, REGISTER_COUNT / 4)
  for (let index = 0; index < REGISTER_COUNT / 4; index += 1) {
    const a = targetWords[index]
    const b = sourceWords[index]
    const keepA = ((((a | HIGH_BITS) - b) & HIGH_BITS) >>> 7) * 0xff
    targetWords[index] = (a & keepA) | (b & ~keepA)
  }
}

const ALPHA_INFINITY = 1 / (2 * Math.LN2)

/** σ(x) = x + Σ_{k≥1} x^(2^k) 2^(k−1), Ertl (2017), algorithm 6. */
function sigma(x: number): number {
  if (x === 1) return Infinity
  let power = x
  let weight = 1
  let sum = x
  for (;;) {
    power *= power
    const previous = sum
    sum += power * weight
    weight += weight
    if (sum === previous) return sum
  }
}

/** τ(x) = (1 − x − Σ_{k≥1} (1 − x^(2^−k))² 2^−k) / 3, Ertl (2017), algorithm 6. */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0
  let root = x
  let weight = 1
  let sum = 1 - x
  for (;;) {
    root = Math.sqrt(root)
    const previous = sum
    weight *= 0.5
    sum -= (1 - root) * (1 - root) * weight
    if (sum === previous) return sum / 3
  }
}

/**
 * Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog
 * sketches", 2017, algorithm 6). It folds the small-range (linear counting) and the saturated
 * registers into one formula through σ and τ, so it needs neither empirical bias tables nor a
 * switch-over point, and it is essentially unbiased from a handful of items up to ~2^64.
 */
export function estimateFromRegisters(registers: Uint8Array): number {
  const histogram = new Float64Array(MAX_RANK + 1)
  for (let index = 0; index < REGISTER_COUNT; index += 1) histogram[registers[index]] += 1
  const m = REGISTER_COUNT
  let z = m * tau(1 - histogram[MAX_RANK] / m)
  for (let rank = RANK_BITS; rank >= 1; rank -= 1) z = 0.5 * (z + histogram[rank])
  z += m * sigma(histogram[0] / m)
  return (ALPHA_INFINITY * m * m) / z
}
