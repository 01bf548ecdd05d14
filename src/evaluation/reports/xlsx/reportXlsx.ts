import type ExcelJS from 'exceljs'

import type { AudienceReport, CampaignReport } from '../figureTypes'
import type { ReportColumn } from './reportColumns'

import { fixedColumns, itemColumns } from './reportColumns'
import { columnKinds, roundFigure } from './rounding'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const SUPPRESSED = 'suppressed'

const isSuppressed = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'suppressed' in value && value.suppressed === true

/** Walks a dotted path; a suppressed block on the way makes the figure "suppressed". */
const atPath = (row: AudienceReport, path: string): unknown => {
  let value: unknown = row
  for (const step of path.split('.')) {
    if (isSuppressed(value)) return SUPPRESSED
    if (typeof value !== 'object' || value === null) return null
    value = (value as Record<string, unknown>)[step]
  }
  return isSuppressed(value) ? SUPPRESSED : value
}

/**
 * One cell as the workbook shows it: a rounded number, a text, "suppressed", or empty (null: no
 * figure can be computed, or it rests on a suppressed part). A suppressed row shows no figure.
 */
export const cellOf = (column: ReportColumn, row: AudienceReport): null | number | string => {
  if (row.suppressed && !column.shownWhenSuppressed) return SUPPRESSED
  const value = column.read ? column.read(row) : atPath(row, column.path!)
  if (value === SUPPRESSED) return SUPPRESSED
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return roundFigure(column.kind, value)
  return String(value)
}

/** Every item a shown row reports on, in the check's order. */
const itemKeysOf = (rows: AudienceReport[]): string[] => [
  ...new Set(rows.flatMap((row) => (row.suppressed ? [] : row.knowledge.items.map((i) => i.item)))),
]

/** The columns of a report's sheet: the fixed ones, then three per item of the check. */
export const reportColumnsOf = (report: CampaignReport): ReportColumn[] => [
  ...fixedColumns,
  ...itemColumns(itemKeysOf([...report.audiences, report.total])),
]

const boldHeader = (sheet: ExcelJS.Worksheet) => {
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

const writeFigures = (
  workbook: ExcelJS.Workbook,
  report: CampaignReport,
  columns: ReportColumn[],
) => {
  const sheet = workbook.addWorksheet('Report')
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.variable,
    style: column.kind === 'text' ? {} : { numFmt: columnKinds[column.kind].numFmt },
    width: Math.min(40, Math.max(10, column.header.length + 2)),
  }))
  for (const row of [...report.audiences, report.total]) {
    sheet.addRow(columns.map((column) => cellOf(column, row)))
  }
  boldHeader(sheet)
}

const writeDefinitions = (workbook: ExcelJS.Workbook, columns: ReportColumn[]) => {
  const sheet = workbook.addWorksheet('Columns')
  sheet.columns = [
    { header: 'Column', key: 'header', width: 40 },
    { header: 'Meaning', key: 'meaning', width: 70 },
    { header: 'Unit', key: 'unit', width: 36 },
    { header: 'Method', key: 'method', width: 70 },
    { header: 'Variable', key: 'variable', width: 40 },
  ]
  for (const column of columns) {
    sheet.addRow({
      header: column.header,
      meaning: column.meaning,
      method: column.method,
      unit: columnKinds[column.kind].unit,
      variable: column.variable,
    })
  }
  sheet.addRow({})
  sheet.addRow({
    header: 'Any figure column',
    meaning:
      '"suppressed": the figure rests on fewer than k respondents, or would give such a figure away; empty: it cannot be computed (too few values, no target) or rests on a suppressed part.',
    unit: 'text',
  })
  boldHeader(sheet)
}

const writeAbout = (workbook: ExcelJS.Workbook, report: CampaignReport) => {
  const sheet = workbook.addWorksheet('About')
  sheet.columns = [
    { header: 'What', key: 'what', width: 28 },
    { header: 'Value', key: 'value', width: 70 },
  ]
  const rows: [string, number | string][] = [
    ['Campaign', report.campaign.title],
    ['Campaign slug', report.campaign.slug],
    ['Generated (UTC)', report.generatedAt],
    ['k (smallest cell shown)', report.k],
    [
      'Submissions counted',
      report.quality === 'all' ? 'all (flagged and excluded too)' : 'ok and approved',
    ],
    ...Object.entries(report.filters).map(([name, value]): [string, string] => [
      `Filter: ${name}`,
      value,
    ]),
  ]
  for (const [what, value] of rows) sheet.addRow({ value, what })
  boldHeader(sheet)
}

/**
 * The report as a wide workbook: sheet "Report", one row per audience and one for the total,
 * every figure rounded by its kind (rounding.ts), a frozen header of labels; sheet "Columns"
 * defines each column (name, meaning, unit, method, variable); sheet "About" says which campaign,
 * filters, k and data it rests on. It is written from the protected report, so what the JSON
 * suppresses reads "suppressed" here, never a number. Text is written as text, never as a
 * formula (exceljs evaluates nothing it is given as a plain string).
 */
export const reportXlsx = async (report: CampaignReport): Promise<Buffer> => {
  // Loaded on first use, not at start: a server that never writes a workbook never holds it.
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  workbook.creator = 'Aware'
  workbook.created = new Date(report.generatedAt)
  const columns = reportColumnsOf(report)
  writeFigures(workbook, report, columns)
  writeDefinitions(workbook, columns)
  writeAbout(workbook, report)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
