/**
 * The stored form of a sketch, designed to be small and canonical (one set, one byte string):
 *
 *   byte 0      format version, 1
 *   byte 1      kind: 0 = exact, 1 = dense
 *   exact       the distinct 64-bit hashes, 8 bytes each, big-endian, strictly ascending
 *               (2 + 8n bytes: 2 bytes empty, 10 bytes for one respondent, ≤ 12,290 bytes)
 *   dense       16384 registers of 6 bits, big-endian bit order, 4 registers per 3 bytes
 *               (2 + 12,288 bytes)
 *
 * Any change to precision, hash or layout must take a new version number.
 */
import { EXACT_LIMIT, MAX_RANK, REGISTER_COUNT } from './constants'

export const FORMAT_VERSION = 1
export const HEADER_BYTES = 2
export const KIND_EXACT = 0
export const KIND_DENSE = 1
export const HASH_BYTES = 8
export const PACKED_REGISTER_BYTES = (REGISTER_COUNT * 6) / 8

export class SketchFormatError extends Error {
  constructor(reason: string) {
    super(`not a distinct-count sketch: ${reason}`)
    this.name = 'SketchFormatError'
  }
}

export type DecodedSketch =
  | { kind: typeof KIND_EXACT; words: Uint32Array }
  | { kind: typeof KIND_DENSE; registers: Uint8Array }

/** Encodes ascending (hi, lo) words as the exact form. */
export function encodeExact(sortedWords: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + sortedWords.length * 4)
  bytes[0] = FORMAT_VERSION
  bytes[1] = KIND_EXACT
  const view = new DataView(bytes.buffer)
  for (let index = 0; index < sortedWords.length; index += 1) {
    view.setUint32(HEADER_BYTES + index * 4, sortedWords[index])
  }
  return bytes
}

export function encodeDense(registers: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + PACKED_REGISTER_BYTES)
  bytes[0] = FORMAT_VERSION
  bytes[1] = KIND_DENSE
  for (let index = 0, at = HEADER_BYTES; index < REGISTER_COUNT; index += 4, at += 3) {
    const r0 = registers[index]
    const r1 = registers[index + 1]
    const r2 = registers[index + 2]
    const r3 = registers[index + 3]
    bytes[at] = (r0 << 2) | (r1 >>> 4)
    bytes[at + 1] = ((r1 & 0x0f) << 4) | (r2 >>> 2)
    bytes[at + 2] = ((r2 & 0x03) << 6) | r3
  }
  return bytes
}

/**
 * Unpacks the registers of a dense form (header checked by `readKind`) into `target`; throws
 * SketchFormatError if one is above MAX_RANK.
 */
export function unpackRegisters(bytes: Uint8Array, target: Uint8Array): void {
  let anyBits = 0
  for (let index = 0, at = HEADER_BYTES; index < REGISTER_COUNT; index += 4, at += 3) {
    const b0 = bytes[at]
    const b1 = bytes[at + 1]
    const b2 = bytes[at + 2]
    const r0 = b0 >>> 2
    const r1 = ((b0 & 0x03) << 4) | (b1 >>> 4)
    const r2 = ((b1 & 0x0f) << 2) | (b2 >>> 6)
    const r3 = b2 & 0x3f
    target[index] = r0
    target[index + 1] = r1
    target[index + 2] = r2
    target[index + 3] = r3
    anyBits |= r0 | r1 | r2 | r3
  }
  // The OR exceeds MAX_RANK whenever a register does (and, rarely, when none does): a cheap
  // filter in front of the exact check.
  if (anyBits > MAX_RANK && target.some((rank) => rank > MAX_RANK)) {
    throw new SketchFormatError(`a register above ${MAX_RANK}`)
  }
}

/** Checks header and length; returns the kind. Contents are checked by the readers below. */
export function readKind(bytes: Uint8Array): typeof KIND_EXACT | typeof KIND_DENSE {
  if (bytes.length < HEADER_BYTES) throw new SketchFormatError(`${bytes.length} bytes`)
  if (bytes[0] !== FORMAT_VERSION) throw new SketchFormatError(`unknown version ${bytes[0]}`)
  const body = bytes.length - HEADER_BYTES
  if (bytes[1] === KIND_EXACT) {
    if (body % HASH_BYTES !== 0) throw new SketchFormatError(`exact body of ${body} bytes`)
    if (body / HASH_BYTES > EXACT_LIMIT) {
      throw new SketchFormatError(`${body / HASH_BYTES} exact hashes, limit ${EXACT_LIMIT}`)
    }
    return KIND_EXACT
  }
  if (bytes[1] === KIND_DENSE) {
    if (body !== PACKED_REGISTER_BYTES) throw new SketchFormatError(`dense body of ${body} bytes`)
    return KIND_DENSE
  }
  throw new SketchFormatError(`unknown kind ${bytes[1]}`)
}

/** Reads the exact hashes as (hi, lo) words, rejecting unsorted or repeated ones. */
export function readExactWords(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const words = new Uint32Array((bytes.length - HEADER_BYTES) / 4)
  for (let index = 0; index < words.length; index += 1) {
    words[index] = view.getUint32(HEADER_BYTES + index * 4)
  }
  for (let index = 2; index < words.length; index += 2) {
    const hiDelta = words[index] - words[index - 2]
    if (hiDelta < 0 || (hiDelta === 0 && words[index + 1] <= words[index - 1])) {
      throw new SketchFormatError('exact hashes not strictly ascending')
    }
  }
  return words
}

export function decodeSketch(bytes: Uint8Array): DecodedSketch {
  if (readKind(bytes) === KIND_EXACT) return { kind: KIND_EXACT, words: readExactWords(bytes) }
  const registers = new Uint8Array(REGISTER_COUNT)
  unpackRegisters(bytes, registers)
  return { kind: KIND_DENSE, registers }
}

/** Base64 (RFC 4648, padded) for a text or JSON column. */
export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

export function base64ToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new SketchFormatError('not base64')
  }
  return new Uint8Array(Buffer.from(text, 'base64'))
}
