import type { AudienceReport } from '../figureTypes'
import type { ColumnKind } from './rounding'

/** One column of the workbook's report sheet, with what its Columns sheet says about it. */
export type ReportColumn = {
  header: string
  kind: ColumnKind
  meaning: string
  method: string
  /** Where the figure is in a report row (dots; a number indexes an interval's bounds). */
  path?: string
  /** Figures read from the row itself rather than a path (items, labels). */
  read?: (row: AudienceReport) => unknown
  /** The figures of a suppressed row read "suppressed"; its label and quality counts do not. */
  shownWhenSuppressed?: boolean
  /** The variable name, as the long CSV's `measure` column names the same figure. */
  variable: string
}

type Spec = Omit<ReportColumn, 'variable'> & { variable?: string }

export const column = (spec: Spec): ReportColumn => ({
  ...spec,
  variable: spec.variable ?? spec.path!,
})

export const COUNTED = 'Counted from the report’s tallies.'
export const ESTIMATE = 'Estimated distinct count (HyperLogLog, exact below a few thousand).'

/** The two bounds of a 95% interval at `path` (named …lower and …upper, as in the CSV). */
export const intervalColumns = ({
  header,
  kind,
  method,
  of,
  path,
  unit = '',
}: {
  header: string
  kind: ColumnKind
  method: string
  of: string
  path: string
  unit?: string
}): ReportColumn[] =>
  (['lower', 'upper'] as const).map((bound, index) =>
    column({
      header: `${header} 95% CI ${bound}${unit}`,
      kind,
      meaning: `The ${bound} bound of the 95% interval of ${of}.`,
      method,
      path: `${path}.${index}`,
      variable: `${path}.${bound}`,
    }),
  )
