import type { CollectionAfterChangeHook, Config, SanitizedConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { deliveryPlugin } from '../../../src/delivery/plugin'
import { prepareRateLimitStore } from '../../../src/evaluation/ingestion/rateLimitStore'
import { evaluationPlugin } from '../../../src/evaluation/plugin'
import {
  afterMigrateModulesOf,
  openApiFragmentsOf,
  serverPartsModulesOf,
  withServerParts,
} from '../../../src/http/serverParts'
import { appendCollectionHooks } from '../../../src/plugins/appendCollectionHooks'
import { issueMissingPublishableKeys } from '../../../src/partners/issueMissingPublishableKeys'
import { loadAfterMigrateSteps, loadServerParts } from '../../../src/server/loadServerParts'

const own: CollectionAfterChangeHook = ({ doc }) => doc
const added: CollectionAfterChangeHook = ({ doc }) => doc
const fragment = { paths: { '/api/x': {} }, schemas: {}, tags: [{ description: 'X', name: 'x' }] }

describe('plugins and the server parts they name', () => {
  it('appends a plugin’s hooks after a collection’s own, by slug, and leaves the others alone', () => {
    const config = {
      collections: [
        { slug: 'campaigns', fields: [], hooks: { afterChange: [own] } },
        { slug: 'audiences', fields: [] },
      ],
    } as unknown as Config
    const [campaigns, audiences] = appendCollectionHooks(config, {
      audiences: {},
      campaigns: { afterChange: [added], afterDelete: [() => undefined] },
    }).collections!
    expect(campaigns!.hooks?.afterChange).toEqual([own, added])
    expect(campaigns!.hooks?.afterDelete).toHaveLength(1)
    expect(audiences!.hooks?.afterChange).toBeUndefined()
  })

  it('keeps the parts of every plugin, in plugin order', () => {
    const once = withServerParts({ custom: { other: 1 } } as unknown as Config, {
      module: 'src/delivery/serverParts.ts#deliveryServerParts',
    })
    const twice = withServerParts(once, {
      module: 'src/editorial/serverParts.ts#editorialServerParts',
      openApi: [fragment],
    }) as unknown as SanitizedConfig
    expect(serverPartsModulesOf(twice)).toEqual([
      'src/delivery/serverParts.ts#deliveryServerParts',
      'src/editorial/serverParts.ts#editorialServerParts',
    ])
    expect(openApiFragmentsOf(twice)).toEqual([fragment])
    expect(twice.custom).toMatchObject({ other: 1 })
  })

  it('loads the named parts, and names a reference that exports no function', async () => {
    const config = withServerParts({} as Config, {
      module: 'src/editorial/serverParts.ts#editorialServerParts',
    }) as unknown as SanitizedConfig
    const parts = await loadServerParts(config)
    expect(parts.routes).toHaveLength(1)
    expect(parts.fastPaths).toEqual([])

    const broken = withServerParts({} as Config, {
      module: 'src/editorial/serverParts.ts#noSuchExport',
    }) as unknown as SanitizedConfig
    await expect(loadServerParts(broken)).rejects.toThrow(
      'src/editorial/serverParts.ts#noSuchExport names no function exported by',
    )
  })

  it('runs the steps after the migrations that the feature plugins own, in plugin order', async () => {
    const withDelivery = deliveryPlugin()({ collections: [] } as unknown as Config) as Config
    const config = (await evaluationPlugin()({
      ...withDelivery,
      jobs: { autoRun: [] },
    })) as unknown as SanitizedConfig
    expect(afterMigrateModulesOf(config)).toEqual([
      'src/partners/issueMissingPublishableKeys.ts#issueMissingPublishableKeys',
      'src/evaluation/ingestion/rateLimitStore.ts#prepareRateLimitStore',
    ])
    expect(await loadAfterMigrateSteps(config)).toEqual([
      issueMissingPublishableKeys,
      prepareRateLimitStore,
    ])

    const broken = withServerParts({} as Config, {
      afterMigrate: ['src/partners/issueMissingPublishableKeys.ts#noSuchStep'],
      module: 'src/editorial/serverParts.ts#editorialServerParts',
    }) as unknown as SanitizedConfig
    await expect(loadAfterMigrateSteps(broken)).rejects.toThrow(
      'src/partners/issueMissingPublishableKeys.ts#noSuchStep names no function exported by',
    )
  })
})
