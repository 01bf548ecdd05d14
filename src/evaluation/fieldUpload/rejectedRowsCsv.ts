import type { RowRejection } from './parseFieldUpload'

import { writeCsv } from '../csv/writeCsv'
import { REASON_COLUMN } from './columns'

/**
 * The rejected rows of an upload, exactly as they were read, under the upload's own header and a
 * `reason` column (row number and every reason): fixed and uploaded again, they are imported, and
 * the rows already imported are not sent twice. A file that already had a reason column (a
 * rejected-rows file uploaded again) keeps one, with the new reasons.
 */
export const rejectedRowsCsv = (
  header: readonly string[],
  rowCells: ReadonlyMap<number, readonly string[]>,
  rejected: readonly RowRejection[],
): string => {
  const reasonAt = header.findIndex((name) => name.toLowerCase() === REASON_COLUMN)
  const columns = reasonAt === -1 ? [...header, REASON_COLUMN] : [...header]
  const at = reasonAt === -1 ? header.length : reasonAt
  const rows = rejected.map(({ errors, row }) => {
    const cells = [...(rowCells.get(row) ?? [])]
    while (cells.length < columns.length) cells.push('')
    cells[at] = `row ${row}: ${errors.join('; ')}`
    return cells
  })
  return writeCsv([columns, ...rows])
}
