import type { Payload } from 'payload'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

import { readEnvironment } from '../../src/environment'

/** A real 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of one colour, big enough to be seen in a screenshot. */
export const solidPng = (width: number, height: number, [r, g, b]: [number, number, number]) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3)])
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3)
  return Buffer.concat([
    PNG.subarray(0, 8),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * A valid PNG that is also a web page: the script rides in a tEXt chunk, which image decoders
 * ignore and an HTML parser runs. file-type (and any image viewer) sees a PNG.
 */
export const pngCarrying = (html: string): Buffer => {
  const iend = PNG.length - 12
  return Buffer.concat([
    PNG.subarray(0, iend),
    chunk('tEXt', Buffer.from(`Comment\0${html}`, 'latin1')),
    PNG.subarray(iend),
  ])
}

/** Uploads a file to Payload's REST API as the admin does: multipart with a `_payload` field. */
export const uploadMedia = async (
  baseUrl: string,
  headers: Record<string, string>,
  { bytes, name, type }: { bytes: Buffer; name: string; type: string },
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'A poster' }))
  const response = await fetch(`${baseUrl}/api/media`, { body: form, headers, method: 'POST' })
  return {
    body: (await response.json()) as {
      doc?: { filename: string; mimeType: string }
      errors?: { message: string }[]
    },
    status: response.status,
  }
}

/**
 * A media document and file as an upload made before uploads were checked left them: a normal
 * upload, then its record and bytes rewritten in the database and the media folder directly,
 * past every hook.
 */
export const plantUploadedFile = async (
  payload: Payload,
  { bytes, filename, mimeType }: { bytes: Buffer; filename: string; mimeType: string },
) => {
  const created = await payload.create({
    collection: 'media',
    data: { alt: 'A poster' },
    file: { data: PNG, mimetype: 'image/png', name: 'planted.png', size: PNG.length },
  })
  const dir = path.resolve(readEnvironment().mediaDir)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, filename), bytes)
  await payload.db.updateOne({
    collection: 'media',
    data: { filename, filesize: bytes.length, mimeType, url: `/api/media/file/${filename}` },
    id: created.id,
  })
  return { ...created, filename, mimeType }
}
