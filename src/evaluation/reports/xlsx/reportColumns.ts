import type { ReportColumn } from './column'

import { meanColumns, pairedColumns, unpairedColumns } from './changeColumns'
import { labelColumns, qualityColumns, reachColumns } from './reachColumns'
import { targetColumns } from './targetColumns'

export type { ReportColumn } from './column'
export { itemColumns } from './itemColumns'

/** The columns every report row has, in the order the sheet shows them; items follow. */
export const fixedColumns: ReportColumn[] = [
  ...labelColumns,
  ...reachColumns,
  ...qualityColumns,
  ...meanColumns('pre', 'Before'),
  ...meanColumns('post', 'After'),
  ...pairedColumns('paired', 'Change (paired)'),
  ...unpairedColumns,
  ...targetColumns,
  ...meanColumns('followup', 'Follow-up'),
  ...pairedColumns('retention', 'Retention (follow-up − after)'),
]
