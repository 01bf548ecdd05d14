import type { UploadFile } from './readUploadBody'
import type { UploadSheet } from './uploadSheet'

import { csvLines } from './csvLines'
import { UploadFileError } from './parseFieldUpload'
import { XLSX_TYPE } from './readUploadBody'
import { xlsxLines } from './xlsxLines'

/** Every .xlsx workbook is a zip archive, which starts with these bytes. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
/** Excel 97–2003 (.xls) workbooks are OLE compound files. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0])

const saysWorkbook = (file: UploadFile) =>
  file.mediaType === XLSX_TYPE || /\.xls[xm]$/i.test(file.fileName ?? '')

/**
 * The rows of an upload, whichever form it came in: a workbook is known by its bytes (a zip
 * archive), whatever its name says, and so is an old .xls or a file that is not text at all;
 * anything else is read as CSV. Throws UploadFileError (a 400) for what cannot be read.
 */
export const readUploadSheet = async (file: UploadFile): Promise<UploadSheet> => {
  const { bytes } = file
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return xlsxLines(bytes)
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new UploadFileError(
      'The file is an old Excel workbook (.xls); save it as .xlsx (Excel Workbook) or CSV and upload that.',
    )
  }
  if (saysWorkbook(file)) {
    throw new UploadFileError(
      'The file is named or sent as an Excel workbook (.xlsx) but is not one: open it in a ' +
        'spreadsheet and save it as .xlsx or CSV.',
    )
  }
  if (bytes.includes(0)) {
    throw new UploadFileError(
      'The file is not text: upload the sheet as CSV (UTF-8) or as an .xlsx workbook.',
    )
  }
  return csvLines(bytes.toString('utf8'))
}
