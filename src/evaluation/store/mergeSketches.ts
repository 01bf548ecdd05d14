import type { CellSketches } from './cellRecord'

import { DistinctSketch } from '../sketch'

const union = (a: null | string, b: null | string): null | string => {
  if (a === null) return b
  if (b === null) return a
  return DistinctSketch.fromBase64(a).merge(DistinctSketch.fromBase64(b)).toBase64()
}

/** The sketches of the union of two cells' respondents. */
export const mergeSketches = (a: CellSketches, b: CellSketches): CellSketches => ({
  cta: union(a.cta, b.cta),
  engaged: union(a.engaged, b.engaged),
  reached: union(a.reached, b.reached),
})
