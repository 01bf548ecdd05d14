import type { Request } from 'express'

import { MAX_UPLOAD_BYTES } from './columns'
import { type DateOrder, dateOrders } from './readDate'

/** An upload's bytes, the file's name when a form sent it, and the date order it states. */
export type UploadFile = {
  bytes: Buffer
  dateOrder?: DateOrder
  fileName?: string
  mediaType: string
}

export type UploadBody = UploadFile | { message: string; status: 400 | 413 | 415 }

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const UPLOAD_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  XLSX_TYPE,
  'application/octet-stream',
]

const tooLarge = {
  message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it and upload the parts.`,
  status: 413,
} as const

/** Reads the request body, refusing it as soon as it passes the limit. */
const readBytes = async (req: Request): Promise<Buffer | null> => {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_UPLOAD_BYTES * 1.1) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > MAX_UPLOAD_BYTES * 1.1) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

const firstFile = (form: FormData): File | null => {
  const named = form.get('file')
  if (named instanceof File) return named
  for (const value of form.values()) if (value instanceof File) return value
  return null
}

/** `dates=day-first|month-first`, in the query or the form: how the file writes 03/04/2026. */
const readDateOrder = (given: unknown): { dateOrder?: DateOrder } | { message: string } => {
  if (given === undefined || given === null || given === '') return {}
  if (typeof given === 'string' && (dateOrders as readonly string[]).includes(given)) {
    return { dateOrder: given as DateOrder }
  }
  return {
    message: `dates must be ${dateOrders.join(' or ')}, or left out; got "${String(given)}".`,
  }
}

/**
 * The bytes of an upload: the raw body (text/csv, or an .xlsx workbook) or the file of a multipart
 * form, as the admin's upload form sends it. Multipart allows a little over the limit for its own
 * framing.
 */
export const readUploadBody = async (req: Request): Promise<UploadBody> => {
  // The multipart boundary is case-sensitive: only the media type is compared in lower case.
  const contentType = req.headers['content-type'] ?? ''
  const mediaType = contentType.split(';')[0].trim().toLowerCase()
  const multipart = mediaType === 'multipart/form-data'
  if (!multipart && !UPLOAD_TYPES.includes(mediaType)) {
    return {
      message:
        'Send the CSV or .xlsx workbook as the request body (Content-Type: text/csv or ' +
        `${XLSX_TYPE}), or as the "file" field of a multipart/form-data form; got ` +
        `"${mediaType || 'no Content-Type'}".`,
      status: 415,
    }
  }
  const bytes = await readBytes(req)
  if (!bytes) return tooLarge
  if (!multipart) {
    const order = readDateOrder(req.query.dates)
    if ('message' in order) return { message: order.message, status: 400 }
    return bytes.length > MAX_UPLOAD_BYTES ? tooLarge : { bytes, mediaType, ...order }
  }
  const form = await new Response(new Uint8Array(bytes), {
    headers: { 'content-type': contentType },
  })
    .formData()
    .catch(() => null)
  const file = form ? firstFile(form) : null
  if (!form || !file) {
    return {
      message: 'The form has no file: attach the CSV or workbook as the "file" field.',
      status: 400,
    }
  }
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge
  const order = readDateOrder(form.get('dates') ?? req.query.dates)
  if ('message' in order) return { message: order.message, status: 400 }
  return {
    bytes: Buffer.from(await file.arrayBuffer()),
    fileName: file.name,
    mediaType: file.type.toLowerCase(),
    ...order,
  }
}
