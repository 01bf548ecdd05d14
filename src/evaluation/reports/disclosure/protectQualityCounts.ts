import type { QualityFigures } from '../qualityFigures'

import { qualityReasons } from '../../quality/qualityStatus'

type Field = {
  get: (figures: QualityFigures) => null | number
  set: (figures: QualityFigures) => void
}

const fields: Field[] = [
  ...(['approved', 'excluded', 'flagged', 'included', 'received', 'retakes'] as const).map(
    (name): Field => ({
      get: (figures) => figures[name],
      set: (figures) => {
        figures[name] = null
      },
    }),
  ),
  ...qualityReasons.map((reason): Field => ({
    get: (figures) => figures.reasons[reason],
    set: (figures) => {
      figures.reasons[reason] = null
    },
  })),
]

/**
 * Secondary suppression of the quality counts: the audiences' counts add up to the total's, so
 * while the counts hidden in the audience rows add up to 1 to k − 1, the smallest count shown is
 * hidden too (or the total's, when none is left). `raw` holds every count unsuppressed, in the
 * order of `shown`; `shown` (the last entry the total) is changed in place.
 */
export const protectQualityCounts = (
  raw: QualityFigures[],
  shown: QualityFigures[],
  k: number,
): void => {
  const audiences = shown.length - 1
  for (const field of fields) {
    for (;;) {
      if (field.get(shown[audiences]) === null) break
      let hiddenSum = 0
      let smallest = -1
      for (let index = 0; index < audiences; index += 1) {
        const value = field.get(raw[index]) ?? 0
        if (field.get(shown[index]) === null) hiddenSum += value
        else if (value > 0 && (smallest < 0 || value < (field.get(raw[smallest]) ?? 0))) {
          smallest = index
        }
      }
      if (hiddenSum === 0 || hiddenSum >= k) break
      field.set(shown[smallest < 0 ? audiences : smallest])
    }
  }
}
