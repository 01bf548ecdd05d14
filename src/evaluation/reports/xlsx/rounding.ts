/**
 * How the workbook rounds each kind of figure. The JSON report keeps full precision; a
 * spreadsheet is read by people, so each kind is rounded once, here, the same way everywhere.
 */
export const columnKinds = {
  count: { numFmt: '#,##0', unit: 'people or submissions, whole number' },
  decimal: { numFmt: '0.00', unit: 'no unit, 2 decimals' },
  df: { numFmt: '0.0', unit: 'degrees of freedom, 1 decimal' },
  p: { numFmt: 'General', unit: 'probability, 3 significant digits, or the text "< 0.001"' },
  percent: { numFmt: '0.0', unit: 'percent (0–100), 1 decimal' },
  points: { numFmt: '0.0', unit: 'percentage points, 1 decimal' },
  text: { numFmt: '@', unit: 'text' },
} as const

export type ColumnKind = keyof typeof columnKinds

const toDecimals = (value: number, decimals: number): number => {
  const factor = 10 ** decimals
  // Number.EPSILON keeps 0.125 from rounding down through its binary representation.
  return Math.round((value + Math.sign(value) * Number.EPSILON) * factor) / factor
}

/** A figure of the JSON report as the workbook shows it (shares become percentages). */
export const roundFigure = (kind: ColumnKind, value: number): number | string => {
  switch (kind) {
    case 'count':
      return Math.round(value)
    case 'decimal':
      return toDecimals(value, 2)
    case 'df':
      return toDecimals(value, 1)
    case 'p':
      return value < 0.001 ? '< 0.001' : Number(value.toPrecision(3))
    case 'percent':
    case 'points':
      return toDecimals(value * 100, 1)
    case 'text':
      return String(value)
  }
}
