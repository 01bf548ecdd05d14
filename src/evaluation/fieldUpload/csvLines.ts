import { parse } from 'csv-parse/sync'

import type { SheetLine, SheetLineError, UploadSheet } from './uploadSheet'

const DELIMITERS = [',', ';', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** Spreadsheets in some locales save "CSV" with semicolons; the header line tells which. */
export const detectDelimiter = (headerLine: string): Delimiter => {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '')
  const counts = DELIMITERS.map((delimiter) => outsideQuotes.split(delimiter).length - 1)
  return DELIMITERS[counts.indexOf(Math.max(...counts))]
}

const describe = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  if (/quote/i.test(message)) {
    return 'the quotes on this row do not match up: a quoted cell must end with a quote followed by the delimiter'
  }
  return message.replace(/ at line \d+/, '')
}

/** The cells of a line whose quotes do not match, as well as they can be made out (to hand back). */
const relaxedCells = (line: string, delimiter: Delimiter): string[] => {
  try {
    const [cells = []] = parse(line, { delimiter, relax_column_count: true, relax_quotes: true })
    return cells
  } catch {
    return [line]
  }
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell === '')

/**
 * Splits the upload into rows as a spreadsheet numbers them (the header is row 1). Each line is
 * parsed on its own: no cell of this format may span lines, and a stray quote then spoils one row
 * instead of swallowing the rest of the file. Blank rows (also ",,,," from spreadsheets) are skipped.
 */
export const csvLines = (text: string): UploadSheet & { delimiter: Delimiter } => {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const delimiter = detectDelimiter(physical[0] ?? '')
  const lines: SheetLine[] = []
  const errors: SheetLineError[] = []
  physical.forEach((line, index) => {
    const row = index + 1
    if (line.trim() === '') return
    try {
      const [cells = []] = parse(line, { delimiter, relax_column_count: true, trim: true })
      if (!isBlank(cells)) lines.push({ cells, row })
    } catch (error) {
      errors.push({ cells: relaxedCells(line, delimiter), error: describe(error), row })
    }
  })
  return { delimiter, errors, lines }
}
