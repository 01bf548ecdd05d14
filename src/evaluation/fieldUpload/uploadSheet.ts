/** One row of an uploaded sheet, numbered as a spreadsheet numbers it (the header is row 1). */
export type SheetLine = { cells: string[]; row: number }

/** A row that could not be read as a whole, with its cells as far as they could be made out. */
export type SheetLineError = SheetLine & { error: string }

/** What a CSV or a workbook reads into: the same rows, whichever format the field team used. */
export type UploadSheet = { errors: SheetLineError[]; lines: SheetLine[] }
