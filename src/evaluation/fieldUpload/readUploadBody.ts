import type { Request } from 'express'

import { MAX_UPLOAD_BYTES } from './columns'

export type UploadBody = { text: string } | { message: string; status: 400 | 413 | 415 }

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']

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

/**
 * The CSV text of an upload: the raw body (text/csv) or the file of a multipart form, as the
 * admin's upload form sends it. Multipart allows a little over the limit for its own framing.
 */
export const readUploadBody = async (req: Request): Promise<UploadBody> => {
  // The multipart boundary is case-sensitive: only the media type is compared in lower case.
  const contentType = req.headers['content-type'] ?? ''
  const mediaType = contentType.split(';')[0].trim().toLowerCase()
  const multipart = mediaType === 'multipart/form-data'
  if (!multipart && !CSV_TYPES.includes(mediaType)) {
    return {
      message:
        'Send the CSV as the request body with Content-Type: text/csv, or as the "file" field ' +
        `of a multipart/form-data form; got "${mediaType || 'no Content-Type'}".`,
      status: 415,
    }
  }
  const bytes = await readBytes(req)
  if (!bytes) return tooLarge
  if (!multipart) {
    return bytes.length > MAX_UPLOAD_BYTES ? tooLarge : { text: bytes.toString('utf8') }
  }
  const form = await new Response(new Uint8Array(bytes), {
    headers: { 'content-type': contentType },
  })
    .formData()
    .catch(() => null)
  const file = form ? firstFile(form) : null
  if (!file) {
    return { message: 'The form has no file: attach the CSV as the "file" field.', status: 400 }
  }
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge
  return { text: await file.text() }
}
