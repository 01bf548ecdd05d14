/**
 * Histogram keys are values in parts per billion, as integer strings: exact for any score with
 * up to a few thousand items, free of the float noise that would split ties (5/9 − 2/9 and
 * 4/9 − 1/9 differ in the last bit), and free of dots, which MongoDB field paths forbid.
 */
const PARTS = 1e9

export const histogramKey = (value: number): string => String(Math.round(value * PARTS))

export const histogramValue = (key: string): number => Number(key) / PARTS

/** The histogram as the sorted list of values it counts, for functions that take raw values. */
export const expandHistogram = (histogram: Iterable<[string, number]>): number[] =>
  [...histogram]
    .map(([key, count]) => ({ count, value: histogramValue(key) }))
    .sort((a, b) => a.value - b.value)
    .flatMap(({ count, value }) => Array<number>(count).fill(value))
