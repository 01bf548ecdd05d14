import type { WireEvent } from '../events/wireEvent'
import type { FieldCampaignLookup } from './fieldCampaign'
import type { DateOrder } from './readDate'
import type { UploadSheet } from './uploadSheet'

import { fixedColumns, isNoteRow, MAX_UPLOAD_ROWS } from './columns'
import { readRow } from './readRow'

export type RowRejection = { errors: string[]; row: number }

export type ParsedUpload = {
  /** Good rows, each with its row number as a spreadsheet shows it (the header is row 1). */
  events: { event: WireEvent; row: number }[]
  /** The header as written, and every row's cells as read: to hand rejected rows back. */
  header: string[]
  rejected: RowRejection[]
  rowCells: Map<number, string[]>
}

/** A problem with the file as a whole: nothing in it can be read. */
export class UploadFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UploadFileError'
  }
}

const readHeader = (cells: readonly string[]): string[] => {
  const columns = cells.map((cell, index) => cell.toLowerCase() || `(unnamed column ${index + 1})`)
  const missing = fixedColumns.filter((column) => !columns.includes(column))
  if (missing.length > 0) {
    throw new UploadFileError(
      `The first row must name the columns; missing: ${missing.join(', ')}. ` +
        'Download the template for the campaign to start from the right header.',
    )
  }
  const repeated = columns.filter(
    (column, index) => column !== '' && columns.indexOf(column) !== index,
  )
  if (repeated.length > 0) {
    throw new UploadFileError(
      `These columns appear twice in the header: ${[...new Set(repeated)].join(', ')}.`,
    )
  }
  return columns
}

/**
 * Reads a field-upload sheet (CSV or workbook): every good row becomes an event, every bad row is
 * reported with its row number and each reason; note rows (the template's question and example
 * rows, whose respondent cell starts with "#") are skipped. Pure: the campaigns come in through
 * `lookup`, and row ids are keyed with `idKey` (the server's field-upload key).
 */
export const parseFieldUpload = (
  { errors, lines }: UploadSheet,
  lookup: FieldCampaignLookup,
  idKey: Buffer,
  { dateOrder, now = new Date() }: { dateOrder?: DateOrder; now?: Date } = {},
): ParsedUpload => {
  const [header, ...rows] = lines
  if (!header || header.row !== 1) {
    throw new UploadFileError(
      errors[0]?.row === 1
        ? `The header row cannot be read: ${errors[0].error}.`
        : 'The file is empty: it needs a header row and one row per respondent and phase.',
    )
  }
  if (rows.length > MAX_UPLOAD_ROWS) {
    throw new UploadFileError(
      `The file has ${rows.length} rows; upload at most ${MAX_UPLOAD_ROWS} at a time.`,
    )
  }
  const columns = readHeader(header.cells)

  const rejected: RowRejection[] = errors.map(({ error, row }) => ({ errors: [error], row }))
  const rowCells = new Map<number, string[]>(errors.map(({ cells, row }) => [row, cells]))
  const events: ParsedUpload['events'] = []
  const firstRowOf = new Map<string, number>()
  for (const { cells, row } of rows) {
    rowCells.set(row, cells)
    if (cells.length > columns.length) {
      rejected.push({
        errors: [`has ${cells.length} cells but the header names ${columns.length} columns`],
        row,
      })
      continue
    }
    const byColumn = Object.fromEntries(
      columns.map((column, index) => [column, cells[index] ?? '']),
    )
    if (isNoteRow(byColumn)) continue
    const result = readRow(byColumn, lookup, idKey, { dateOrder, now })
    if ('errors' in result) {
      rejected.push({ errors: result.errors, row })
      continue
    }
    const first = firstRowOf.get(result.identity)
    if (first !== undefined) {
      rejected.push({
        errors: [
          `same respondent, campaign and phase as row ${first}: a respondent has one row per phase`,
        ],
        row,
      })
      continue
    }
    firstRowOf.set(result.identity, row)
    events.push({ event: result.event, row })
  }
  rejected.sort((a, b) => a.row - b.row)
  return { events, header: header.cells, rejected, rowCells }
}
