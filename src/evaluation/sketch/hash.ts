/**
 * Turning a pseudonym into the sketch's 64-bit hash, as two unsigned 32-bit halves.
 *
 * A pseudonym is already an HMAC-SHA256 hex digest. HMAC-SHA256 is a pseudorandom function: for
 * anyone without the key its outputs on distinct inputs look like independent uniform 256-bit
 * strings, and so does any fixed 64 bits of them. The first 16 hex digits are therefore exactly
 * the uniform 64-bit hash HyperLogLog assumes; hashing again would add time and no randomness.
 * Two distinct respondents share those 64 bits with probability about n² / 2^65 (3 × 10⁻⁸ for a
 * million respondents), which is the only way the "exact" form can miscount.
 *
 * This reasoning needs real HMAC output: values with structure in their first 16 digits (counters,
 * UUIDs, a shared prefix) must be hashed first (for example with SHA-256) and fed to `addHash`.
 */

export const HASH_HEX_DIGITS = 16

const INVALID = 255

/** Value of each ASCII code as a hex digit, or INVALID. */
const HEX_VALUE = new Uint8Array(128).fill(INVALID)
for (let digit = 0; digit < 16; digit += 1) {
  const lower = digit.toString(16)
  HEX_VALUE[lower.charCodeAt(0)] = digit
  HEX_VALUE[lower.toUpperCase().charCodeAt(0)] = digit
}

export class PseudonymFormatError extends Error {
  constructor(value: string) {
    super(
      `a pseudonym must start with ${HASH_HEX_DIGITS} hex digits, got ${JSON.stringify(value.slice(0, 24))}`,
    )
    this.name = 'PseudonymFormatError'
  }
}

/**
 * The unsigned 32-bit value of the 8 hex digits at `offset`, or -1 if one of them is not a hex
 * digit. A char-code loop: no substring, no parseInt, no BigInt (see bench.ts for the comparison).
 */
export function readHexWord(text: string, offset: number): number {
  let word = 0
  let invalid = 0
  for (let index = offset; index < offset + 8; index += 1) {
    const code = text.charCodeAt(index)
    // charCodeAt past the end is NaN, and NaN & 127 is 0, whose entry is INVALID.
    const value = HEX_VALUE[code & 127] | (code > 127 ? INVALID : 0)
    invalid |= value & 0xf0
    word = (word << 4) | (value & 0x0f)
  }
  return invalid === 0 ? word >>> 0 : -1
}
