/**
 * A seeded random source, so a population can be generated again event for event. sfc32 (Chris
 * Doty-Humphrey's Small Fast Counting generator) passes PractRand and BigCrush and is four adds
 * and shifts a number; the seed is spread over its state with cyrb128.
 */
export type Random = {
  /** True with probability p. */
  chance: (p: number) => boolean
  /** Uniform in [0, 1). */
  next: () => number
  /** Standard normal, N(0, 1). */
  normal: () => number
  pick: <T>(values: readonly T[]) => T
  /** A Poisson count with mean lambda (Knuth's method: the means used here are small). */
  poisson: (lambda: number) => number
  /** An RFC 9562 version 4 UUID drawn from this source. */
  uuid: () => string
  /** Picks a key with probability proportional to its weight. */
  weighted: <K extends string>(weights: Readonly<Partial<Record<K, number>>>) => K
}

const cyrb128 = (text: string): [number, number, number, number] => {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

const sfc32 = (seed: [number, number, number, number]) => {
  let [a, b, c, d] = seed
  return (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0')

/** A random source for a seed; the same seed (and label) gives the same sequence everywhere. */
export const createRandom = (seed: number | string): Random => {
  const next = sfc32(cyrb128(String(seed)))
  // Discard the first outputs: sfc32 mixes its state over a few rounds.
  for (let i = 0; i < 15; i += 1) next()

  const normal = () => {
    // Box–Muller; 1 - next() keeps the logarithm away from zero.
    const u = 1 - next()
    const v = next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  const word = () => Math.floor(next() * 0x10000)

  return {
    chance: (p) => next() < p,
    next,
    normal,
    pick: (values) => {
      if (values.length === 0) throw new Error('Cannot pick from an empty list.')
      return values[Math.floor(next() * values.length)]
    },
    poisson: (lambda) => {
      const limit = Math.exp(-lambda)
      let count = 0
      let product = next()
      while (product > limit) {
        count += 1
        product *= next()
      }
      return count
    },
    uuid: () => {
      const words = Array.from({ length: 8 }, word)
      words[3] = (words[3] & 0x0fff) | 0x4000
      words[4] = (words[4] & 0x3fff) | 0x8000
      const [w0, w1, w2, w3, w4, w5, w6, w7] = words.map((w) => hex(w, 4))
      return `${w0}${w1}-${w2}-${w3}-${w4}-${w5}${w6}${w7}`
    },
    weighted: <K extends string>(weights: Readonly<Partial<Record<K, number>>>): K => {
      const entries = Object.entries(weights) as [K, number][]
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      if (!(total > 0)) throw new Error('Cannot pick from weights that sum to zero.')
      let threshold = next() * total
      for (const [key, weight] of entries) {
        threshold -= weight
        if (threshold < 0) return key
      }
      return entries[entries.length - 1][0]
    },
  }
}
