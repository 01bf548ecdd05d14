import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { ServerPartsModule } from '../http/serverParts'

import { projectRoot } from '../projectRoot'

/**
 * The function a reference names (`src/delivery/serverParts.ts#deliveryServerParts`: a module
 * of the project, from its root, and its export), imported; a reference to anything else is an
 * error that names it.
 */
export const importNamedFunction = async (reference: ServerPartsModule): Promise<unknown> => {
  const [file = '', name = ''] = reference.split('#')
  const exports = (await import(pathToFileURL(path.join(projectRoot, file)).href)) as Record<
    string,
    unknown
  >
  const named = exports[name]
  if (typeof named !== 'function') {
    throw new Error(`The reference ${reference} names no function exported by ${file}.`)
  }
  return named
}
