/**
 * A set of 64-bit hashes held as pairs of unsigned 32-bit words: open addressing with linear
 * probing over one Uint32Array (hi, lo interleaved), so no BigInt and no per-entry objects.
 * The pair (0, 0) marks an empty slot; the hash 0 itself is tracked by a flag.
 */

const MIN_CAPACITY = 8
/** Load factor 3/4: a full exact sketch (1536 hashes) fits in 2048 slots, 16 KiB. */
const MAX_LOAD_NUMERATOR = 3
const MAX_LOAD_DENOMINATOR = 4
const GOLDEN_GAMMA = 0x9e3779b1

export class HashSet64 {
  private slots: Uint32Array
  private mask: number
  private shift: number
  private hasZero = false
  private count = 0

  constructor(expectedSize = 0) {
    let capacity = MIN_CAPACITY
    while (expectedSize * MAX_LOAD_DENOMINATOR > capacity * MAX_LOAD_NUMERATOR) capacity *= 2
    this.slots = new Uint32Array(capacity * 2)
    this.mask = capacity - 1
    this.shift = 32 - Math.log2(capacity)
  }

  get size(): number {
    return this.count
  }

  clone(): HashSet64 {
    const copy = new HashSet64()
    copy.slots = this.slots.slice()
    copy.mask = this.mask
    copy.shift = this.shift
    copy.hasZero = this.hasZero
    copy.count = this.count
    return copy
  }

  has(hi: number, lo: number): boolean {
    if ((hi | lo) === 0) return this.hasZero
    const slots = this.slots
    for (let slot = this.home(hi, lo); ; slot = (slot + 1) & this.mask) {
      const slotHi = slots[2 * slot]
      const slotLo = slots[2 * slot + 1]
      if (slotHi === hi && slotLo === lo) return true
      if ((slotHi | slotLo) === 0) return false
    }
  }

  /** Adds the hash (hi, lo: unsigned 32-bit); true when it was not there yet. */
  add(hi: number, lo: number): boolean {
    if ((hi | lo) === 0) {
      if (this.hasZero) return false
      this.hasZero = true
      this.count += 1
      return true
    }
    const slots = this.slots
    let slot = this.home(hi, lo)
    for (;;) {
      const slotHi = slots[2 * slot]
      const slotLo = slots[2 * slot + 1]
      if (slotHi === hi && slotLo === lo) return false
      if ((slotHi | slotLo) === 0) break
      slot = (slot + 1) & this.mask
    }
    if ((this.count + 1) * MAX_LOAD_DENOMINATOR > (this.mask + 1) * MAX_LOAD_NUMERATOR) {
      this.grow()
      this.insertNew(hi, lo)
    } else {
      slots[2 * slot] = hi
      slots[2 * slot + 1] = lo
    }
    this.count += 1
    return true
  }

  forEach(visit: (hi: number, lo: number) => void): void {
    if (this.hasZero) visit(0, 0)
    const slots = this.slots
    for (let index = 0; index < slots.length; index += 2) {
      if ((slots[index] | slots[index + 1]) !== 0) visit(slots[index], slots[index + 1])
    }
  }

  /** The hashes in ascending unsigned 64-bit order, as interleaved (hi, lo) words. */
  sortedWords(): Uint32Array {
    const words = new Uint32Array(this.count * 2)
    let filled = 0
    this.forEach((hi, lo) => {
      words[filled] = hi
      words[filled + 1] = lo
      filled += 2
    })
    const order = Array.from({ length: this.count }, (_, index) => index)
    order.sort((a, b) => words[2 * a] - words[2 * b] || words[2 * a + 1] - words[2 * b + 1])
    const sorted = new Uint32Array(words.length)
    order.forEach((from, to) => {
      sorted[2 * to] = words[2 * from]
      sorted[2 * to + 1] = words[2 * from + 1]
    })
    return sorted
  }

  /** Slot of a hash: multiplicative hashing, so even non-uniform input spreads over the table. */
  private home(hi: number, lo: number): number {
    return Math.imul(lo ^ Math.imul(hi, GOLDEN_GAMMA), GOLDEN_GAMMA) >>> this.shift
  }

  private insertNew(hi: number, lo: number): void {
    let slot = this.home(hi, lo)
    while ((this.slots[2 * slot] | this.slots[2 * slot + 1]) !== 0) slot = (slot + 1) & this.mask
    this.slots[2 * slot] = hi
    this.slots[2 * slot + 1] = lo
  }

  private grow(): void {
    const old = this.slots
    const capacity = (this.mask + 1) * 2
    this.slots = new Uint32Array(capacity * 2)
    this.mask = capacity - 1
    this.shift -= 1
    for (let index = 0; index < old.length; index += 2) {
      if ((old[index] | old[index + 1]) !== 0) this.insertNew(old[index], old[index + 1])
    }
  }
}
