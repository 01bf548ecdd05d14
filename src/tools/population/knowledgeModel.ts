/**
 * The knowledge model behind simulated answers: a three-parameter logistic item response model.
 * A respondent answers an item correctly with probability
 *
 *   guess + (1 - guess) · σ(ability + baseline − difficulty + shift)
 *
 * where ability ~ N(0, 1) is the person's, baseline the audience's prior knowledge, difficulty the
 * item's, guess the chance of picking the right choice blind, and shift 0 before the campaign and
 * the campaign's effect (in logits, varying between people) after it.
 */
export type ItemParameters = { difficulty: number; guess: number }

const logistic = (x: number) => 1 / (1 + Math.exp(-x))

export const probabilityCorrect = (item: ItemParameters, logit: number): number =>
  item.guess + (1 - item.guess) * logistic(logit - item.difficulty)

/** Nodes and weights for E[f(Z)], Z ~ N(0, 1): a fine grid over ±8 sd, plenty for smooth f. */
const NODES = Array.from({ length: 321 }, (_, i) => -8 + i * 0.05)
const WEIGHTS = (() => {
  const raw = NODES.map((z) => Math.exp(-(z * z) / 2))
  const total = raw.reduce((sum, w) => sum + w, 0)
  return raw.map((w) => w / total)
})()

/** The expected share of items correct when the logit is normal with this mean and sd. */
export const expectedScore = (items: readonly ItemParameters[], mean: number, sd: number): number =>
  items.reduce(
    (sum, item) =>
      sum +
      NODES.reduce(
        (inner, z, i) => inner + WEIGHTS[i] * probabilityCorrect(item, mean + sd * z),
        0,
      ),
    0,
  ) / items.length

export type Calibration = {
  expectedPost: number
  expectedPre: number
  /** The mean post-campaign shift in logits that gives the target gain. */
  shift: number
}

/**
 * Finds the mean shift (logits) whose expected rise in score is `targetGain`, so that an
 * evaluator sees a paired change near the configured effect whatever the items' difficulties.
 * The gain cannot exceed what the items allow (the score is at most 1); it is capped there.
 */
export const calibrateShift = ({
  baseline,
  effectSd,
  items,
  targetGain,
}: {
  baseline: number
  effectSd: number
  items: readonly ItemParameters[]
  targetGain: number
}): Calibration => {
  const expectedPre = expectedScore(items, baseline, 1)
  const postSd = Math.sqrt(1 + effectSd * effectSd)
  const gainAt = (shift: number) => expectedScore(items, baseline + shift, postSd) - expectedPre
  let low = -6
  let high = 12
  for (let i = 0; i < 60; i += 1) {
    const middle = (low + high) / 2
    if (gainAt(middle) < targetGain) low = middle
    else high = middle
  }
  const shift = (low + high) / 2
  return { expectedPost: expectedPre + gainAt(shift), expectedPre, shift }
}
