import type { FieldHook } from 'payload'

import type { LiveStatus } from '../../../src/editorial/schedule/liveStatus'
import type { Campaign } from '../../../src/payload-types'

import { liveStatus } from '../../../src/editorial/schedule/liveStatus'
import { publishedPeriods } from '../../../src/editorial/schedule/publishedPeriods'

/**
 * The `liveStatus` virtual field: what partners receive now, from the published version's period
 * (a draft's new dates are not live until published). Reads share one query per request; a
 * response to a save asks afresh, so it reflects the save.
 */
export const computeLiveStatus: FieldHook<Campaign, LiveStatus | null> = async ({
  data,
  operation,
  req,
}) => {
  if (data?.id === undefined) return null
  const periods = await publishedPeriods(req, { fresh: operation !== 'read' })
  const published = periods.get(String(data.id))
  return liveStatus(
    { period: published ?? data.period ?? {}, published: published !== undefined },
    Date.now(),
  )
}
