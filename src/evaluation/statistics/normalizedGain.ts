export type GainLabel = 'low' | 'medium' | 'high'

export type NormalizedGain = {
  /** (post − pre) / (1 − pre); null when pre = 1, where no gain was possible */
  gain: number | null
  label: GainLabel | null
}

// Hake (1998), Am. J. Phys. 66:64: high-g is g ≥ 0.7, medium-g 0.3 ≤ g < 0.7, low-g g < 0.3.
const MEDIUM_FROM = 0.3
const HIGH_FROM = 0.7

/**
 * Hake's normalized gain on class means (shares correct, 0–1). A loss gives a negative g,
 * labelled low like any g below 0.3.
 */
export function normalizedGain(preMean: number, postMean: number): NormalizedGain {
  for (const [name, value] of [
    ['preMean', preMean],
    ['postMean', postMean],
  ] as const) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${value}`)
  }
  if (preMean === 1) return { gain: null, label: null }
  const gain = (postMean - preMean) / (1 - preMean)
  return { gain, label: labelGain(gain) }
}

export function labelGain(gain: number): GainLabel {
  if (gain >= HIGH_FROM) return 'high'
  if (gain >= MEDIUM_FROM) return 'medium'
  return 'low'
}
