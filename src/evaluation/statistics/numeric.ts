/** Output objects never carry NaN or ±Infinity: an undefined figure is null. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null
}

/**
 * R's t.test stops with "data are essentially constant" when the standard error is below
 * 10 · machine epsilon · |mean|: at that size it is rounding noise, and a t statistic built on
 * it would be meaningless. The same rule here turns those cases into null figures.
 */
export function isEssentiallyConstant(standardError: number, magnitude: number): boolean {
  return standardError === 0 || standardError < 10 * Number.EPSILON * Math.abs(magnitude)
}
