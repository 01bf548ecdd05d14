import type ExcelJS from 'exceljs'

import type { SheetLine, SheetLineError, UploadSheet } from './uploadSheet'

import { MAX_UPLOAD_ROWS } from './columns'
import { UploadFileError } from './parseFieldUpload'
import { checkWorkbookArchive } from './workbookArchive'

/** The sheet the template names; a workbook without it is read from its first sheet. */
export const TEMPLATE_SHEET = 'Responses'

const MAX_COLUMNS = 1000
const DAY_MS = 86_400_000
/** Day 0 of Excel's 1900 date system (its serials count from 1899-12-30 past its leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DATE_1904_OFFSET_DAYS = 1462

type CellValue = ExcelJS.CellValue

/** A date cell is the day it shows: the time of day, if any, has no time zone to read it in. */
const dayOf = (date: Date): string =>
  new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().slice(0, 10)

/** A date typed in a cell formatted as a number: its Excel serial. */
const serialDay = (serial: number, date1904: boolean): string | null =>
  Number.isInteger(serial) && serial > 0 && serial < 2_958_466
    ? dayOf(new Date(EXCEL_EPOCH_MS + (serial + (date1904 ? DATE_1904_OFFSET_DAYS : 0)) * DAY_MS))
    : null

const isFormula = (value: CellValue): boolean =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value)

const textOf = (value: CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dayOf(value)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('hyperlink' in value) return textOf(value.text)
  if ('error' in value) return String(value.error)
  return ''
}

/**
 * Reads the rows of an uploaded workbook (.xlsx) as the CSV path reads its lines: the sheet named
 * as the template names it, or else the first. Formulas are never evaluated, nor their cached
 * results trusted: a row with one is refused, asking for values. Dates come as date cells, Excel
 * serials in the date column, or text (read by the date column's own rules).
 */
export const xlsxLines = async (bytes: Buffer): Promise<UploadSheet> => {
  await checkWorkbookArchive(bytes)
  // Loaded on first use, not at start: a server that never reads a workbook never holds it.
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  // ExcelJS's typings want their own Buffer type; Node's Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer).catch(() => {
    throw new UploadFileError(
      'The workbook cannot be read: open it in a spreadsheet and save it again as .xlsx or CSV.',
    )
  })
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets[0]
  if (!sheet) throw new UploadFileError('The workbook has no sheet to read.')
  if (sheet.actualRowCount > MAX_UPLOAD_ROWS + 1) {
    throw new UploadFileError(
      `The sheet has ${sheet.actualRowCount - 1} rows; upload at most ${MAX_UPLOAD_ROWS} at a time.`,
    )
  }
  if (sheet.columnCount > MAX_COLUMNS) {
    throw new UploadFileError(
      `The sheet has ${sheet.columnCount} columns; a field sheet has far fewer.`,
    )
  }
  const date1904 = workbook.properties.date1904 === true
  const header = (sheet.getRow(1).values as CellValue[]).slice(1).map(textOf)
  const dateColumn = header.findIndex((name) => name.trim().toLowerCase() === 'date')

  const lines: SheetLine[] = []
  const errors: SheetLineError[] = []
  sheet.eachRow({ includeEmpty: false }, (sheetRow, row) => {
    const values = (sheetRow.values as CellValue[]).slice(1)
    const formulas: string[] = []
    const cells = Array.from({ length: values.length }, (_, index) => {
      const value = values[index]
      if (isFormula(value)) formulas.push(header[index] || `column ${index + 1}`)
      if (index === dateColumn && typeof value === 'number') {
        return serialDay(value, date1904) ?? String(value)
      }
      return isFormula(value) ? '' : textOf(value).trim()
    })
    if (cells.every((cell) => cell === '') && formulas.length === 0) return
    if (formulas.length > 0) {
      errors.push({
        cells,
        error:
          `${formulas.join(', ')}: the cell holds a formula, and uploads are never calculated; ` +
          'copy the cells and paste them as values',
        row,
      })
      return
    }
    lines.push({ cells, row })
  })
  return { errors, lines }
}
