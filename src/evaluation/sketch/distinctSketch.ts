import { EXACT_LIMIT, RELATIVE_STANDARD_ERROR } from './constants'
import { PseudonymFormatError, readHexWord } from './hash'
import { HashSet64 } from './hashSet64'
import {
  createRegisters,
  estimateFromRegisters,
  mergeRegisters,
  updateRegisters,
} from './registers'
import {
  KIND_DENSE,
  base64ToBytes,
  bytesToBase64,
  decodeSketch,
  encodeDense,
  encodeExact,
  readExactWords,
  readKind,
  unpackRegisters,
} from './serialization'

/** Reused by mergeBytes: unpacking there first keeps a corrupt input from touching the sketch. */
const scratchRegisters = createRegisters()

export interface DistinctEstimate {
  /** Distinct respondents: the exact count, or the HyperLogLog estimate rounded to an integer. */
  value: number
  exact: boolean
  /** 0 when exact; 1.04 / sqrt(16384) ≈ 0.0081 for a dense sketch. */
  relativeStandardError: number
}

/**
 * A mergeable count of distinct respondents (unique reach) for one cell or any union of cells.
 *
 * Its state depends only on the set S of 64-bit hashes added, never on the order of adds and
 * merges: S itself while |S| ≤ EXACT_LIMIT, otherwise the 16384 HyperLogLog registers of S. Hence
 * merge is exactly the sketch of the union, and commutative, associative and idempotent, and the
 * serialized form is canonical (one set, one byte string).
 */
export class DistinctSketch {
  /** The exact hashes; emptied once the sketch is dense. */
  private exactSet: HashSet64
  /** HyperLogLog registers (precision 14, one byte each in memory); null while exact. */
  private registers: Uint8Array | null

  constructor() {
    this.exactSet = new HashSet64()
    this.registers = null
  }

  /** Reads the form written by `toBytes`; throws SketchFormatError on anything else. */
  static fromBytes(bytes: Uint8Array): DistinctSketch {
    const decoded = decodeSketch(bytes)
    const sketch = new DistinctSketch()
    if (decoded.kind === KIND_DENSE) {
      sketch.registers = decoded.registers
    } else {
      const { words } = decoded
      sketch.exactSet = new HashSet64(words.length / 2)
      for (let index = 0; index < words.length; index += 2) {
        sketch.exactSet.add(words[index], words[index + 1])
      }
    }
    return sketch
  }

  static fromBase64(text: string): DistinctSketch {
    return DistinctSketch.fromBytes(base64ToBytes(text))
  }

  get isExact(): boolean {
    return this.registers === null
  }

  /**
   * Adds a respondent by pseudonym, an HMAC-SHA256 hex digest: its first 16 hex digits are the
   * 64-bit hash (see hash.ts for why that is sound). Throws PseudonymFormatError otherwise.
   */
  add(pseudonymHex: string): this {
    const hi = readHexWord(pseudonymHex, 0)
    const lo = readHexWord(pseudonymHex, 8)
    if (hi < 0 || lo < 0) throw new PseudonymFormatError(pseudonymHex)
    return this.addHash(hi, lo)
  }

  /**
   * Adds a uniformly distributed 64-bit hash given as its high and low unsigned 32-bit words
   * (other numbers are truncated with >>> 0). The BigInt-free hot path.
   */
  addHash(hi: number, lo: number): this {
    hi >>>= 0
    lo >>>= 0
    const registers = this.registers
    if (registers !== null) {
      updateRegisters(registers, hi, lo)
    } else if (this.exactSet.size < EXACT_LIMIT) {
      this.exactSet.add(hi, lo)
    } else if (!this.exactSet.has(hi, lo)) {
      updateRegisters(this.toDense(), hi, lo)
    }
    return this
  }

  /** Adds the 64-bit hash held big-endian in `bytes` at `offset`, e.g. a raw HMAC digest. */
  addDigest(bytes: Uint8Array, offset = 0): this {
    if (offset < 0 || offset + 8 > bytes.length) throw new RangeError('need 8 bytes of digest')
    const hi = (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8)
    const lo = (bytes[offset + 4] << 24) | (bytes[offset + 5] << 16) | (bytes[offset + 6] << 8)
    return this.addHash(hi | bytes[offset + 3], lo | bytes[offset + 7])
  }

  /** Makes this sketch the union of itself and `other` (in place; `other` is unchanged). */
  merge(other: DistinctSketch): this {
    if (other === this) return this
    if (other.registers === null) {
      other.exactSet.forEach((hi, lo) => {
        this.addHash(hi, lo)
      })
    } else {
      mergeRegisters(this.registers ?? this.toDense(), other.registers)
    }
    return this
  }

  /**
   * Merges a serialized sketch without building a DistinctSketch for it: the fast path for a
   * report that folds thousands of stored cells. Throws SketchFormatError (before changing
   * anything) when `bytes` is not a valid sketch.
   */
  mergeBytes(bytes: Uint8Array): this {
    if (readKind(bytes) === KIND_DENSE) {
      unpackRegisters(bytes, scratchRegisters)
      mergeRegisters(this.registers ?? this.toDense(), scratchRegisters)
    } else {
      const words = readExactWords(bytes)
      for (let index = 0; index < words.length; index += 2) {
        this.addHash(words[index], words[index + 1])
      }
    }
    return this
  }

  /**
   * The number of distinct respondents. A dense sketch is known to hold more than EXACT_LIMIT of
   * them, so its estimate never drops below EXACT_LIMIT + 1: the printed reach never falls when
   * a respondent is added at the switch, and clamping towards a certain bound only reduces error.
   */
  estimate(): DistinctEstimate {
    if (this.registers === null) {
      return { value: this.exactSet.size, exact: true, relativeStandardError: 0 }
    }
    const value = Math.max(EXACT_LIMIT + 1, Math.round(estimateFromRegisters(this.registers)))
    return { value, exact: false, relativeStandardError: RELATIVE_STANDARD_ERROR }
  }

  clone(): DistinctSketch {
    const copy = new DistinctSketch()
    copy.exactSet = this.exactSet.clone()
    copy.registers = this.registers === null ? null : this.registers.slice()
    return copy
  }

  /** Same state: the same exact set, or the same registers. */
  equals(other: DistinctSketch): boolean {
    const mine = this.registers
    const theirs = other.registers
    if (mine !== null || theirs !== null) {
      if (mine === null || theirs === null) return false
      return mine.every((rank, index) => rank === theirs[index])
    }
    if (this.exactSet.size !== other.exactSet.size) return false
    let same = true
    this.exactSet.forEach((hi, lo) => {
      if (same && !other.exactSet.has(hi, lo)) same = false
    })
    return same
  }

  /** The canonical stored form: 2 + 8n bytes while exact, 12,290 bytes when dense. */
  toBytes(): Uint8Array {
    return this.registers === null
      ? encodeExact(this.exactSet.sortedWords())
      : encodeDense(this.registers)
  }

  toBase64(): string {
    return bytesToBase64(this.toBytes())
  }

  private toDense(): Uint8Array {
    const registers = createRegisters()
    this.exactSet.forEach((hi, lo) => {
      updateRegisters(registers, hi, lo)
    })
    this.registers = registers
    this.exactSet = new HashSet64()
    return registers
  }
}

/** The union of any number of sketches, live or serialized; the inputs are unchanged. */
export function unionOf(sketches: Iterable<DistinctSketch | Uint8Array>): DistinctSketch {
  const union = new DistinctSketch()
  for (const sketch of sketches) {
    if (sketch instanceof DistinctSketch) union.merge(sketch)
    else union.mergeBytes(sketch)
  }
  return union
}
