import type { Config, Plugin } from 'payload'

import { withServerParts } from '../http/serverParts'

/**
 * Editorial work outside Payload's own API as a plugin: the draft previews (the admin's Live
 * Preview and shareable preview links). Review decisions are an endpoint of the campaigns
 * collection (collections/Campaigns/endpoints/decideReview.ts).
 */
export const editorialPlugin =
  (): Plugin =>
  (config: Config): Config =>
    withServerParts(config, { module: 'src/editorial/serverParts.ts#editorialServerParts' })
