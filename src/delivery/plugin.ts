import type { Config, Plugin } from 'payload'

import { appendCollectionHooks } from '../plugins/appendCollectionHooks'
import { withServerParts } from '../http/serverParts'
import {
  invalidateDeliveredContentAfterChange,
  invalidateDeliveredContentAfterDelete,
} from './hooks/invalidateDeliveredContent'
import {
  invalidatePartnerKeysAfterChange,
  invalidatePartnerKeysAfterDelete,
} from './hooks/invalidatePartnerKeys'

const contentHooks = {
  afterChange: [invalidateDeliveredContentAfterChange],
  afterDelete: [invalidateDeliveredContentAfterDelete],
}

/**
 * Partner delivery as a plugin: its routes (the content API, CORS for the widget's sessions and
 * events, the OpenAPI document, the widget, campaign images), the fast path that answers cached
 * reads before Express, the hooks that empty its caches when what it delivers changes (the
 * collections campaigns are rendered from, and partners: keys, origins, audiences), and the
 * start step that gives every partner the publishable key its snippet names.
 */
export const deliveryPlugin =
  (): Plugin =>
  (config: Config): Config =>
    withServerParts(
      appendCollectionHooks(config, {
        assessments: contentHooks,
        campaigns: contentHooks,
        media: contentHooks,
        partners: {
          afterChange: [invalidatePartnerKeysAfterChange],
          afterDelete: [invalidatePartnerKeysAfterDelete],
        },
      }),
      {
        // Partners made before publishable keys existed get one: the widget's snippet needs it.
        afterMigrate: ['src/partners/issueMissingPublishableKeys.ts#issueMissingPublishableKeys'],
        module: 'src/delivery/serverParts.ts#deliveryServerParts',
      },
    )
