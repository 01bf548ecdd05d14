import type { SanitizedConfig } from 'payload'

import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { ServerParts } from '../http/serverParts'

import { serverPartsModulesOf } from '../http/serverParts'
import { projectRoot } from '../projectRoot'

/**
 * Imports the server parts every plugin of the config named (src/http/serverParts.ts) and puts
 * them together in plugin order: the server knows no feature, only the config.
 */
export const loadServerParts = async (config: SanitizedConfig): Promise<ServerParts> => {
  const parts: ServerParts = { beforeClose: [], fastPaths: [], routes: [] }
  for (const reference of serverPartsModulesOf(config)) {
    const [file = '', name = ''] = reference.split('#')
    const exports = (await import(pathToFileURL(path.join(projectRoot, file)).href)) as Record<
      string,
      unknown
    >
    const create = exports[name]
    if (typeof create !== 'function') {
      throw new Error(`The server parts ${reference} name no function exported by ${file}.`)
    }
    const own = (create as () => Partial<ServerParts>)()
    parts.beforeClose.push(...(own.beforeClose ?? []))
    parts.fastPaths.push(...(own.fastPaths ?? []))
    parts.routes.push(...(own.routes ?? []))
  }
  return parts
}
