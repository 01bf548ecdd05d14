import type { RowRejection } from './parseFieldUpload'

import { writeCsv } from '../csv/writeCsv'
import { REASON_COLUMN } from './columns'
import { RESPONDENT_REFUSAL } from './rowFields'

/**
 * The rejected rows of an upload, exactly as they were read, under the upload's own header and a
 * `reason` column (row number and every reason): fixed and uploaded again, they are imported, and
 * the rows already imported are not sent twice. A file that already had a reason column (a
 * rejected-rows file uploaded again) keeps one, with the new reasons. A respondent cell refused as
 * no code (most often a name or a phone number) is left empty: the file may travel to whoever
 * fixes the rows, and the reason says what to write.
 */
export const rejectedRowsCsv = (
  header: readonly string[],
  rowCells: ReadonlyMap<number, readonly string[]>,
  rejected: readonly RowRejection[],
): string => {
  const reasonAt = header.findIndex((name) => name.toLowerCase() === REASON_COLUMN)
  const columns = reasonAt === -1 ? [...header, REASON_COLUMN] : [...header]
  const at = reasonAt === -1 ? header.length : reasonAt
  const respondentAt = header.findIndex((name) => name.toLowerCase() === 'respondent')
  const rows = rejected.map(({ errors, row }) => {
    const cells = [...(rowCells.get(row) ?? [])]
    while (cells.length < columns.length) cells.push('')
    if (errors.some((error) => error.startsWith(RESPONDENT_REFUSAL))) cells[respondentAt] = ''
    cells[at] = `row ${row}: ${errors.join('; ')}`
    return cells
  })
  return writeCsv([columns, ...rows])
}
