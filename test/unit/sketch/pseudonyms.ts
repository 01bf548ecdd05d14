import { createHmac } from 'node:crypto'

/** A respondent pseudonym as production derives it: an HMAC-SHA256 hex digest. */
export function pseudonym(seed: string, index: number): string {
  return createHmac('sha256', seed).update(String(index)).digest('hex')
}

export function pseudonyms(seed: string, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, offset) => pseudonym(seed, from + offset))
}

/** Deterministic xorshift32 in [0, 1), so property tests replay the same cases every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}
