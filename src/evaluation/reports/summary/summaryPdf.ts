import PDFDocument from 'pdfkit'

import type { DonorSummary, SummaryAudience } from './donorSummary'
import type { PdfFont } from './pdfFonts'

import { pdfFontFiles, pdfFonts } from './pdfFonts'
import { textRuns } from './textRuns'

type Document = InstanceType<typeof PDFDocument>

const MARGIN = 42
const INK = '#1b1f23'
const MUTED = '#4a5158'
const RULE = '#c4c9ce'

const ARABIC = /\p{Script=Arabic}/u

type Style = { bold?: boolean; color?: string; gap?: number; size: number }

/**
 * One paragraph, in as many fonts and directions as its text needs (textRuns). Every paragraph is
 * set flush left, right-to-left ones too: PDFKit aligns each continued fragment on its own, so a
 * right-aligned line of several runs would overlap itself.
 */
const paragraph = (doc: Document, text: string, { bold, color = INK, gap = 3, size }: Style) => {
  const runs = textRuns(text)
  const width = doc.page.width - 2 * MARGIN
  doc.fillColor(color).fontSize(size)
  runs.forEach((run, index) => {
    const font: PdfFont = bold && run.font === 'latin' ? 'bold' : run.font
    // Measured: a run of Arabic words drawn without a space after it lost its last space between
    // words (two words printed as one); with one, every space is where it belongs.
    const drawn = ARABIC.test(run.text) && !/\s$/.test(run.text) ? `${run.text} ` : run.text
    doc.font(font).text(drawn, {
      continued: index < runs.length - 1,
      lineGap: 1,
      width,
    })
  })
  doc.moveDown(gap / size)
}

const heading = (doc: Document, text: string) => {
  doc.moveDown(0.4)
  paragraph(doc, text, { bold: true, size: 11.5 })
}

/** The figures of one audience: labels above, values below, one column each. */
const figuresTable = (doc: Document, figures: SummaryAudience['figures']) => {
  const width = doc.page.width - 2 * MARGIN
  const column = width / figures.length
  const cellHeight = (texts: string[], font: PdfFont) =>
    Math.max(
      ...texts.map((text) =>
        doc
          .font(font)
          .fontSize(8.5)
          .heightOfString(text, { width: column - 8 }),
      ),
    ) + 6
  const rows: [string[], PdfFont][] = [
    [figures.map((figure) => figure.label), 'bold'],
    [figures.map((figure) => figure.value), 'latin'],
  ]
  const total = rows.reduce((sum, [texts, font]) => sum + cellHeight(texts, font), 0)
  if (doc.y + total > doc.page.height - MARGIN) doc.addPage()
  let y = doc.y + 2
  for (const [texts, font] of rows) {
    const height = cellHeight(texts, font)
    texts.forEach((text, index) => {
      const x = MARGIN + index * column
      if (font === 'bold') doc.rect(x, y, column, height).fill('#f1f3f5')
      doc.rect(x, y, column, height).lineWidth(0.5).stroke(RULE)
      doc
        .fillColor(INK)
        .font(font)
        .fontSize(8.5)
        .text(text, x + 4, y + 3, { width: column - 8 })
    })
    y += height
  }
  doc.x = MARGIN
  doc.y = y + 4
}

const audienceBlock = (doc: Document, audience: SummaryAudience) => {
  doc.moveDown(0.3)
  paragraph(doc, audience.title, { bold: true, gap: 1, size: 10.5 })
  if (audience.objective) paragraph(doc, audience.objective, { color: MUTED, size: 8.5 })
  if (audience.suppressed) {
    paragraph(doc, audience.suppressed, { color: MUTED, size: 9 })
    return
  }
  for (const sentence of audience.sentences) paragraph(doc, sentence, { gap: 1, size: 9 })
  figuresTable(doc, audience.figures)
}

/**
 * The donor summary as a PDF drawn by PDFKit: the same content as the HTML page, in the order
 * it prints, with the fonts of pdfFonts.ts embedded (only the glyphs used).
 */
export const summaryPdf = (summary: DonorSummary): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      info: {
        Author: 'Aware',
        Subject: 'Evaluation summary: reach and knowledge change by audience',
        Title: `${summary.campaign.title}: evaluation summary`,
      },
      lang: 'en',
      margin: MARGIN,
      size: 'A4',
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    for (const font of Object.keys(pdfFonts) as PdfFont[]) {
      doc.registerFont(font, pdfFontFiles[font])
    }

    paragraph(doc, summary.campaign.title, { bold: true, gap: 2, size: 16 })
    if (summary.campaign.summary) paragraph(doc, summary.campaign.summary, { size: 9.5 })
    paragraph(
      doc,
      `Evaluation summary. Campaign period: ${summary.period}. Generated ${summary.generatedAt}.`,
      { color: MUTED, size: 8.5 },
    )
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(doc.page.width - MARGIN, doc.y)
      .lineWidth(1)
      .stroke(INK)

    heading(doc, 'What these figures cover')
    for (const phrase of summary.covers) paragraph(doc, `• ${phrase}`, { gap: 0, size: 9 })
    heading(doc, 'Reach and knowledge change by audience')
    if (summary.audiences.length === 0) {
      paragraph(doc, 'This campaign names no audience yet: an editor adds them in the campaign.', {
        size: 9,
      })
    }
    for (const audience of summary.audiences) audienceBlock(doc, audience)
    heading(doc, 'How it is measured')
    paragraph(doc, summary.methods.join(' '), { size: 8.5 })
    heading(doc, 'What is hidden, and why')
    paragraph(doc, summary.suppression, { size: 8.5 })
    doc.end()
  })
