import type { Config, Payload, SanitizedConfig } from 'payload'

import type { CreateFastPath } from './fastPath'
import type { OpenApiFragment } from './openapi/openApiFragment'
import type { MountRoutes } from './mountRoutes'

/**
 * What a feature's plugin hands the server, kept in the Payload config under `custom.aware`
 * (server-only: Payload never sends `custom` to the admin's browser). The server composes
 * whatever the config holds, in the order the plugins ran; features never import the server.
 */
export type ServerParts = {
  /**
   * Run in order when the server closes, after the last request and before the database
   * closes (work accepted that still has to leave, such as events waiting for PostHog).
   */
  beforeClose: ((payload: Payload) => Promise<void>)[]
  /** Tried in order on each raw request before Express (src/http/fastPath.ts). */
  fastPaths: CreateFastPath[]
  /** Parts of the OpenAPI document of what the routes serve (delivery serves the whole). */
  openApi: OpenApiFragment[]
  /** Mounted in order before Payload's own API (src/http/mountRoutes.ts). */
  routes: MountRoutes[]
}

type AwareCustom = { aware?: Partial<ServerParts> }

const partsIn = (custom: AwareCustom | undefined): ServerParts => ({
  beforeClose: custom?.aware?.beforeClose ?? [],
  fastPaths: custom?.aware?.fastPaths ?? [],
  openApi: custom?.aware?.openApi ?? [],
  routes: custom?.aware?.routes ?? [],
})

/** A plugin's step: the config with `parts` appended to those earlier plugins registered. */
export const withServerParts = (config: Config, parts: Partial<ServerParts>): Config => {
  const custom = config.custom as AwareCustom | undefined
  const earlier = partsIn(custom)
  return {
    ...config,
    custom: {
      ...custom,
      aware: {
        ...custom?.aware,
        beforeClose: [...earlier.beforeClose, ...(parts.beforeClose ?? [])],
        fastPaths: [...earlier.fastPaths, ...(parts.fastPaths ?? [])],
        openApi: [...earlier.openApi, ...(parts.openApi ?? [])],
        routes: [...earlier.routes, ...(parts.routes ?? [])],
      },
    },
  }
}

/** The server's reading: every part the config's plugins registered. */
export const serverPartsOf = (config: SanitizedConfig): ServerParts =>
  partsIn(config.custom as AwareCustom | undefined)
