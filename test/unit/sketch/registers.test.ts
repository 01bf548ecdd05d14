import { describe, expect, it } from 'vitest'

import { MAX_RANK, REGISTER_COUNT } from '../../../src/evaluation/sketch/constants.js'
import {
  createRegisters,
  estimateFromRegisters,
  mergeRegisters,
  updateRegisters,
} from '../../../src/evaluation/sketch/registers.js'
import { seededRandom } from './pseudonyms.js'

/** Reference with BigInt: register = top 14 bits, rank = leading zeros of the other 50 + 1. */
function reference(hash: bigint): { index: number; rank: number } {
  const rest = hash & ((1n << 50n) - 1n)
  const rank = rest === 0n ? MAX_RANK : 50 - rest.toString(2).length + 1
  return { index: Number(hash >> 50n), rank }
}

describe('HyperLogLog registers', () => {
  it('index and rank every hash as the BigInt reference does', () => {
    const random = seededRandom(5)
    const registers = createRegisters()
    for (let trial = 0; trial < 20_000; trial += 1) {
      const word = (): bigint => BigInt(Math.floor(random() * 2 ** 32))
      // Shift the 50 rank bits right by 0..51 places so that every rank occurs.
      const rest = ((word() << 32n) | word()) & ((1n << 50n) - 1n)
      const hash = ((word() >> 18n) << 50n) | (rest >> BigInt(trial % 52))
      updateRegisters(registers, Number(hash >> 32n), Number(hash & 0xffffffffn))
      const { index, rank } = reference(hash)
      expect(registers[index]).toBe(rank)
      registers[index] = 0
    }
    expect(registers.every((rank) => rank === 0)).toBe(true)
  })

  it('keeps the largest rank in a register', () => {
    const registers = createRegisters()
    updateRegisters(registers, 0x00000000, 1)
    updateRegisters(registers, 0x00020000, 0)
    expect(registers[0]).toBe(50)
    updateRegisters(registers, 0, 0)
    expect(registers[0]).toBe(MAX_RANK)
  })

  it('merges as the register-wise maximum, including the extreme ranks', () => {
    const random = seededRandom(11)
    const a = createRegisters().map(() => Math.floor(random() * (MAX_RANK + 1)))
    const b = createRegisters().map(() => Math.floor(random() * (MAX_RANK + 1)))
    a[0] = 0
    b[0] = MAX_RANK
    a[1] = MAX_RANK
    b[1] = 0
    const merged = a.slice()
    mergeRegisters(merged, b)
    for (let index = 0; index < REGISTER_COUNT; index += 1) {
      expect(merged[index]).toBe(Math.max(a[index], b[index]))
    }
  })

  it('estimates 0 for empty registers and about one per filled register at first', () => {
    const registers = createRegisters()
    expect(estimateFromRegisters(registers)).toBe(0)
    registers[0] = 1
    expect(estimateFromRegisters(registers)).toBeCloseTo(1, 3)
    for (let index = 0; index < 100; index += 1) registers[index * 97] = 1 + (index % 5)
    // Linear counting: m ln(m / empty).
    expect(estimateFromRegisters(registers)).toBeCloseTo(
      REGISTER_COUNT * Math.log(REGISTER_COUNT / (REGISTER_COUNT - 100)),
      0,
    )
  })
})
