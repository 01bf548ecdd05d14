/** Index bits of the HyperLogLog: 2^14 registers, one 6-bit register each. */
export const PRECISION = 14

export const REGISTER_COUNT = 1 << PRECISION

/** Hash bits left after the register index; a register holds 0..RANK_BITS + 1 (0..51). */
export const RANK_BITS = 64 - PRECISION

export const MAX_RANK = RANK_BITS + 1

/**
 * Relative standard error of a dense sketch, 1.04 / sqrt(m) ≈ 0.81 %. Ertl's estimator reaches
 * sqrt(3 ln 2 − 1) / sqrt(m) ≈ 1.039 / sqrt(m) for large counts and less in the small range, so
 * this figure is a slight overstatement everywhere: safe to print.
 */
export const RELATIVE_STANDARD_ERROR = 1.04 / Math.sqrt(REGISTER_COUNT)

/**
 * A sketch counts exactly up to this many distinct hashes and turns dense on the next one.
 *
 * 1536 is where the two serialized forms cost the same: 1536 hashes × 8 bytes = 12 KiB = 16384
 * registers × 6 bits. Below it the exact form is the smaller one, so exactness costs no storage;
 * above it the exact form would only grow while the dense one stays 12 KiB. At the switch the
 * dense estimate is in HyperLogLog's linear-counting range, where its error (≈ 0.56 % at 1537) is
 * below the 0.81 % the report prints, so the figure moves by well under one printed error bound.
 */
export const EXACT_LIMIT = 1536

/** z for a two-sided 95 % normal interval: the dense estimate is asymptotically normal. */
export const Z_95 = 1.959963984540054
