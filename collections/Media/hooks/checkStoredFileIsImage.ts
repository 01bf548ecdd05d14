import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { Media } from '../../../src/payload-types'

import { contentProblem, nameProblem } from '../../../src/media/uploadProblems'

/**
 * The last word before a media document is stored, whatever brought its file (an upload, a URL
 * Payload fetched, a duplicate): the name and type it is stored with must be an image's. Payload detects the
 * type of fetched files from their bytes against the collection's `mimeTypes`.
 */
export const checkStoredFileIsImage: CollectionBeforeChangeHook<Media> = ({
  data,
  operation,
  originalDoc,
}) => {
  // Editing the alt text of an existing upload does not re-check its file.
  if (typeof data.filename !== 'string') return data
  if (operation === 'update' && data.filename === originalDoc?.filename) return data
  const problem =
    nameProblem(data.filename) ?? contentProblem(data.filename, data.mimeType ?? undefined)
  if (problem) throw new APIError(problem, 400, undefined, true)
  return data
}
