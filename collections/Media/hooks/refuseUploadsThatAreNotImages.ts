import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { detectedMimeTypeOf } from '../../../src/media/detectImageType'
import { contentProblem, nameProblem } from '../../../src/media/uploadProblems'

/**
 * Before Payload processes an uploaded file: its bytes must be a raster image and its name must
 * say so. The detected type replaces whatever type the client claimed, so that is what Payload
 * stores as `mimeType` and what the file is later served as.
 */
export const refuseUploadsThatAreNotImages: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const detected = await detectedMimeTypeOf(file)
  const problem = nameProblem(file.name) ?? contentProblem(file.name, detected)
  if (problem) throw new APIError(problem, 400, undefined, true)
  file.mimetype = detected as string
  return args
}
