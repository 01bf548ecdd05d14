import type { FieldCampaign } from './fieldCampaign'
import type { SheetQuestions } from './loadSheetQuestions'

import { TEMPLATE_SHEET } from './xlsxLines'
import { templateRows } from './templateRows'

const NOTE_FONT = { color: { argb: 'FF6B7280' }, italic: true }

/**
 * The template as a workbook: the same three rows as the CSV on a sheet named as uploads look for
 * it, every cell text (so a code such as 0314-042 or a date is never reformatted), the header
 * frozen and the two note rows in grey italics. Text an editor wrote is a string cell, which a
 * spreadsheet never evaluates (a formula is a cell of its own kind).
 */
export const templateXlsx = async (
  campaign: FieldCampaign,
  questions: SheetQuestions | null,
): Promise<Buffer> => {
  const { example, guide, header } = templateRows(campaign, questions)
  // Loaded on first use, not at start: a server that never writes a template never holds it.
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  workbook.creator = 'Aware'
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = header.map((key, index) => ({
    style: { numFmt: '@' },
    width: index < 9 ? 18 : 24,
  }))
  for (const cells of [header, guide, example]) sheet.addRow(cells)
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(2).font = NOTE_FONT
  sheet.getRow(2).alignment = { vertical: 'top', wrapText: true }
  sheet.getRow(3).font = NOTE_FONT
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
