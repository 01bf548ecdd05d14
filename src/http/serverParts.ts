import type { Config, Payload, SanitizedConfig } from 'payload'

import type { CreateFastPath } from './fastPath'
import type { MountRoutes } from './mountRoutes'
import type { OpenApiFragment } from './openapi/openApiFragment'

/** What a feature hands the server; the server composes whatever the config names. */
export type ServerParts = {
  /**
   * Run in order when the server closes, after the last request and before the database
   * closes (work accepted that still has to leave, such as events waiting for PostHog).
   */
  beforeClose: ((payload: Payload) => Promise<void>)[]
  /** Tried in order on each raw request before Express (src/http/fastPath.ts). */
  fastPaths: CreateFastPath[]
  /** Mounted in order before Payload's own API (src/http/mountRoutes.ts). */
  routes: MountRoutes[]
}

/**
 * A feature's server parts, named as Payload names admin components: a module of the project,
 * from its root, and the export, a function that makes the parts
 * (`src/delivery/serverParts.ts#deliveryServerParts`). The config holds the name, not the module:
 * the admin's build (Next.js bundles payload.config.ts) must not pull the Express routes in, and
 * the server (src/server/loadServerParts.ts) imports them at start.
 */
export type ServerPartsModule = `${string}#${string}`

/**
 * A feature's step at start, run once the schema is up to date and under the same start lock as
 * the migrations (src/server/loadPayload.ts), before any request or job: data or indexes the
 * feature's routes need. Named like the server parts, as a module and the step's export
 * (`src/evaluation/ingestion/rateLimitStore.ts#prepareRateLimitStore`).
 */
export type AfterMigrateStep = (payload: Payload) => Promise<void>

/** Kept in the Payload config under `custom.aware` (server-only: Payload never sends `custom`). */
type AwareCustom = {
  aware?: {
    afterMigrate?: ServerPartsModule[]
    openApi?: OpenApiFragment[]
    serverParts?: ServerPartsModule[]
  }
}

const awareOf = (config: { custom?: unknown }) => (config.custom as AwareCustom | undefined)?.aware

/**
 * A plugin's step: its server parts (the OpenAPI part of the routes they serve, and its steps
 * after the migrations) appended to those of the plugins before it; the server mounts and runs
 * them in that order.
 */
export const withServerParts = (
  config: Config,
  {
    afterMigrate = [],
    module,
    openApi = [],
  }: { afterMigrate?: ServerPartsModule[]; module: ServerPartsModule; openApi?: OpenApiFragment[] },
): Config => {
  const earlier = awareOf(config)
  return {
    ...config,
    custom: {
      ...config.custom,
      aware: {
        ...earlier,
        afterMigrate: [...(earlier?.afterMigrate ?? []), ...afterMigrate],
        openApi: [...(earlier?.openApi ?? []), ...openApi],
        serverParts: [...(earlier?.serverParts ?? []), module],
      },
    },
  }
}

/** The server parts the config's plugins registered, in order. */
export const serverPartsModulesOf = (config: SanitizedConfig): ServerPartsModule[] =>
  awareOf(config)?.serverParts ?? []

/** The steps after the migrations the config's plugins registered, in order. */
export const afterMigrateModulesOf = (config: SanitizedConfig): ServerPartsModule[] =>
  awareOf(config)?.afterMigrate ?? []

/** The OpenAPI parts the config's plugins registered, in order (delivery serves them). */
export const openApiFragmentsOf = (config: SanitizedConfig): OpenApiFragment[] =>
  awareOf(config)?.openApi ?? []
