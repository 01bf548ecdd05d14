/** What the check needs of an item: its choices' wording and which are correct. */
export type AuthoredItem = { choices: { correct: boolean; label: string }[]; key: string }

export type LongestCorrectChoice = {
  /** Items whose correct choice is strictly the longest. */
  items: string[]
  /** How many such items chance alone would give (Σ 1 / choices). */
  expected: number
  /** P(at least this many by chance): the Poisson-binomial tail. */
  p: number
  /** True when it is systematic: at least half the items, and p < 0.05. */
  systematic: boolean
  total: number
}

const lengthOf = (label: string) => [...label.trim()].length

/**
 * Test-wise guessing: when the correct choice is the longest (the most qualified, the most
 * careful) in most items, respondents score by picking the longest, and pre scores rise without
 * knowledge. An item counts when one correct choice is strictly longer than every wrong one;
 * by chance that happens with probability 1 / (number of choices), so the count is compared with
 * the Poisson-binomial distribution of those chances (exact, by convolution).
 */
export const longestCorrectChoice = (items: readonly AuthoredItem[]): LongestCorrectChoice => {
  const longest: string[] = []
  const chances: number[] = []
  for (const item of items) {
    if (item.choices.length < 2) continue
    chances.push(1 / item.choices.length)
    const right = Math.max(...item.choices.filter((c) => c.correct).map((c) => lengthOf(c.label)))
    const wrong = Math.max(...item.choices.filter((c) => !c.correct).map((c) => lengthOf(c.label)))
    if (right > wrong) longest.push(item.key)
  }
  // distribution[j] = P(exactly j items longest by chance)
  let distribution = [1]
  for (const chance of chances) {
    const next = Array<number>(distribution.length + 1).fill(0)
    distribution.forEach((probability, j) => {
      next[j] += probability * (1 - chance)
      next[j + 1] += probability * chance
    })
    distribution = next
  }
  const p = distribution.slice(longest.length).reduce((sum, value) => sum + value, 0)
  const total = chances.length
  return {
    expected: chances.reduce((sum, chance) => sum + chance, 0),
    items: longest,
    p: Math.min(1, p),
    systematic: total > 0 && longest.length * 2 >= total && p < 0.05,
    total,
  }
}

/** The warning an author reads, or null. */
export const longestCorrectChoiceWarning = (result: LongestCorrectChoice): null | string =>
  result.systematic
    ? `The correct choice is the longest in ${result.items.length} of ${result.total} items ` +
      `(${result.items.join(', ')}); chance would make it about ${result.expected.toFixed(1)}. ` +
      'Respondents who pick the longest choice score without knowing the answer, which raises ' +
      'pre scores and hides what was learned: write wrong choices as long and as careful as the ' +
      'right one.'
    : null
