import { stringify } from 'csv-stringify/sync'

export type CsvCell = boolean | null | number | string | undefined

/** Spreadsheets read a cell that starts with one of these as a formula (or a command). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * OWASP's defence against CSV (formula) injection: a text cell that a spreadsheet would read as a
 * formula gets a leading apostrophe, which spreadsheets show as text and do not evaluate;
 * csv-stringify quotes what needs quoting. Numbers are Aware's own figures and stay numbers
 * (-0.12 must remain a number).
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export const neutraliseFormula = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text

/**
 * Every CSV Aware writes (report exports, field-upload templates) goes through here, so no text
 * an editor, partner or respondent typed reaches a spreadsheet as a formula.
 */
export const writeCsv = (rows: CsvCell[][], columns?: string[]): string =>
  stringify(rows, {
    cast: { boolean: (value) => String(value), string: (value) => neutraliseFormula(value) },
    columns,
    header: columns !== undefined,
    // A lone carriage return inside a cell would otherwise end the row for some readers.
    quoted_match: /[\r\n]/,
    record_delimiter: '\r\n',
  })
