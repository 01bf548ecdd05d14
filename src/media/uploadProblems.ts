import {
  hasServableImageName,
  isServableImageType,
  servableImageExtensions,
  servableImageNames,
} from './imageTypes'

const WHY =
  'Aware stores only images, because a browser opening an HTML, SVG, XML or script file on ' +
  "Aware's own address would run it as the signed-in person."

/** What is wrong with a file name, or null when it names an image. */
export const nameProblem = (filename: string): null | string =>
  hasServableImageName(filename)
    ? null
    : `The file name "${filename}" must end in ${servableImageExtensions}. ${WHY}`

/** What is wrong with a file whose bytes were detected as `mimeType`, or null for an image. */
export const contentProblem = (filename: string, mimeType: string | undefined): null | string =>
  isServableImageType(mimeType)
    ? null
    : `The file "${filename}" is not a ${servableImageNames} image (its content is ` +
      `${mimeType ?? 'no image format'}). ${WHY}`
