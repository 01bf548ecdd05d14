import type { SanitizedConfig } from 'payload'

import type { AfterMigrateStep, ServerParts } from '../http/serverParts'

import { afterMigrateModulesOf, serverPartsModulesOf } from '../http/serverParts'
import { importNamedFunction } from './importNamedFunction'

/**
 * Imports the server parts every plugin of the config named (src/http/serverParts.ts) and puts
 * them together in plugin order: the server knows no feature, only the config.
 */
export const loadServerParts = async (config: SanitizedConfig): Promise<ServerParts> => {
  const parts: ServerParts = { beforeClose: [], fastPaths: [], routes: [] }
  for (const reference of serverPartsModulesOf(config)) {
    const create = (await importNamedFunction(reference)) as () => Partial<ServerParts>
    const own = create()
    parts.beforeClose.push(...(own.beforeClose ?? []))
    parts.fastPaths.push(...(own.fastPaths ?? []))
    parts.routes.push(...(own.routes ?? []))
  }
  return parts
}

/** Imports the steps after the migrations every plugin of the config named, in plugin order. */
export const loadAfterMigrateSteps = async (
  config: SanitizedConfig,
): Promise<AfterMigrateStep[]> => {
  const steps: AfterMigrateStep[] = []
  for (const reference of afterMigrateModulesOf(config)) {
    steps.push((await importNamedFunction(reference)) as AfterMigrateStep)
  }
  return steps
}
