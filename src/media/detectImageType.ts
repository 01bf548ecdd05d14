import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

import { isServableImageType } from './imageTypes'

export type UploadedFile = { data?: Buffer; name: string; tempFilePath?: string }

/**
 * What the bytes of an upload are, read from their magic numbers by `file-type` (the detector
 * Payload itself uses): a MIME type, or undefined when they are no format it knows, as with HTML,
 * SVG, XML and scripts, which are text.
 */
export const detectedMimeTypeOf = async (file: UploadedFile): Promise<string | undefined> => {
  const detected =
    file.data && file.data.length > 0
      ? await fileTypeFromBuffer(file.data)
      : file.tempFilePath
        ? await fileTypeFromFile(file.tempFilePath)
        : undefined
  return detected?.mime
}

/** The detected type when it is an image Aware serves, otherwise undefined. */
export const detectServableImageType = async (file: UploadedFile): Promise<string | undefined> => {
  const mime = await detectedMimeTypeOf(file)
  return isServableImageType(mime) ? mime : undefined
}
