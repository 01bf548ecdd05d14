import type JSZip from 'jszip'

import { UploadFileError } from './parseFieldUpload'

/** An upload's workbook may unpack to at most this much: a field sheet is far smaller. */
export const MAX_INFLATED_BYTES = 40 * 1024 * 1024
/** A workbook holds a few dozen parts; thousands mean something else. */
const MAX_PARTS = 500

const NOT_A_WORKBOOK =
  'The file is not an Excel workbook (.xlsx), though it is named or sent as one: open it in a ' +
  'spreadsheet and save it as .xlsx or CSV.'

/** Unpacks one part only to count its bytes, stopping as soon as the total passes the limit. */
const inflatedSize = (part: JSZip.JSZipObject, budget: number): Promise<number> =>
  new Promise((resolve, reject) => {
    let size = 0
    const stream = part.nodeStream('nodebuffer')
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > budget) {
        stream.removeAllListeners('data')
        stream.pause()
        resolve(size)
      }
    })
    stream.on('end', () => resolve(size))
    stream.on('error', reject)
  })

/**
 * Checks that an upload is a workbook that unpacks to a sane size before the spreadsheet library
 * unpacks it whole into memory: a zip bomb (a few kilobytes that inflate to gigabytes) or another
 * file renamed .xlsx is refused with a 400 that says why.
 */
export const checkWorkbookArchive = async (bytes: Buffer): Promise<void> => {
  // Loaded on first use, not at start (as exceljs, which reads the archive after this check).
  const { default: zipReader } = await import('jszip')
  const zip = await zipReader.loadAsync(bytes).catch(() => null)
  if (!zip) throw new UploadFileError(NOT_A_WORKBOOK)
  const parts = Object.values(zip.files).filter((part) => !part.dir)
  if (parts.length > MAX_PARTS || !zip.file('xl/workbook.xml')) {
    throw new UploadFileError(NOT_A_WORKBOOK)
  }
  let total = 0
  for (const part of parts) {
    total += await inflatedSize(part, MAX_INFLATED_BYTES - total).catch(() => {
      throw new UploadFileError(`${NOT_A_WORKBOOK} (a part of it is damaged)`)
    })
    if (total > MAX_INFLATED_BYTES) {
      throw new UploadFileError(
        `The workbook unpacks to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB, far more than ` +
          'a field sheet needs; save the sheet alone as .xlsx or CSV, or split it.',
      )
    }
  }
}
