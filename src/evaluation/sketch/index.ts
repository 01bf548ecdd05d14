export {
  EXACT_LIMIT,
  PRECISION,
  REGISTER_COUNT,
  RELATIVE_STANDARD_ERROR,
  Z_95,
} from './constants.js'
export { DistinctSketch, unionOf } from './distinctSketch.js'
export type { DistinctEstimate } from './distinctSketch.js'
export { HASH_HEX_DIGITS, PseudonymFormatError } from './hash.js'
export { reachedError } from './reachedError.js'
export { FORMAT_VERSION, SketchFormatError } from './serialization.js'
