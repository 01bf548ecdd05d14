/** FNV-1a, 32 bits: a seed from text. */
const hash = (text: string): number => {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/** mulberry32: a small seeded generator, the same sequence for the same seed everywhere. */
const generator = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The choices of one item in an order of this respondent's own (Fisher–Yates, seeded by the
 * respondent and the item): a position or a pattern across items ("always the first", "the
 * longest") teaches nothing a respondent can carry to the next item, and a reload shows the same
 * order, so pre and post read alike.
 */
export const shuffledFor = <T>(respondent: string, item: string, choices: readonly T[]): T[] => {
  const random = generator(hash(`${respondent}\u0000${item}`))
  const order = [...choices]
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[order[index], order[other]] = [order[other], order[index]]
  }
  return order
}
