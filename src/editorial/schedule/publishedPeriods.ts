import type { PayloadRequest } from 'payload'

import type { PeriodFields } from '../../domain/campaignPeriod'

type PublishedPeriods = Map<string, PeriodFields>

const CACHE_KEY = 'awarePublishedPeriods'

/**
 * The period of every campaign whose published version partners receive, by id, read once per
 * request straight from the database (no hooks, so reading it never recurses into this field).
 * A list of campaigns asks once, not once per row.
 */
export const publishedPeriods = async (
  req: PayloadRequest,
  { fresh }: { fresh: boolean },
): Promise<PublishedPeriods> => {
  const cached = req.context[CACHE_KEY] as PublishedPeriods | undefined
  if (cached && !fresh) return cached
  const { docs } = await req.payload.db.find<{ id: number | string; period?: PeriodFields }>({
    collection: 'campaigns',
    limit: 0,
    pagination: false,
    req,
    select: { period: true },
    where: { _status: { equals: 'published' } },
  })
  const periods: PublishedPeriods = new Map(docs.map((doc) => [String(doc.id), doc.period ?? {}]))
  if (!fresh) req.context[CACHE_KEY] = periods
  return periods
}
