/**
 * The columns of a field-upload CSV, in template order. After them comes one column per item of
 * the campaign's knowledge check, named by the item's key. docs/field-upload.md describes each.
 */
export const fixedColumns = [
  'respondent',
  'campaign',
  'audience',
  'channel',
  'locale',
  'phase',
  'date',
  'consent',
  'revision',
] as const

export type FixedColumn = (typeof fixedColumns)[number]

export const isFixedColumn = (name: string): name is FixedColumn =>
  (fixedColumns as readonly string[]).includes(name)

/** The column of a rejected-rows file that says why each row was refused; ignored on upload. */
export const REASON_COLUMN = 'reason'

/** Columns that hold no answer: the fixed ones and the reason of a rejected-rows file. */
export const isSheetColumn = (name: string): boolean =>
  isFixedColumn(name) || name === REASON_COLUMN

/** Rows whose respondent cell starts with "#" are notes (the template's question and example rows). */
export const NOTE_MARK = '#'

export const isNoteRow = (cells: Readonly<Record<string, string>>): boolean =>
  (cells.respondent ?? '').startsWith(NOTE_MARK)

/** Several choices in one cell (items with more than one correct answer): "a|c", "a c" or "a+c". */
export const CHOICE_SEPARATOR = /[\s|+]+/

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
export const MAX_UPLOAD_ROWS = 20_000
