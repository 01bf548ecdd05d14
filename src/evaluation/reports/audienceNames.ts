import type { Payload } from 'payload'

import { defaultLocale } from '../../domain/locales'

/**
 * Every audience's name by its slug, in the default language and in the order of their names:
 * how the overview, the donor summary, IATI and the codebook label a report's audience rows.
 */
export const audienceNamesOf = async (payload: Payload): Promise<Map<string, string>> => {
  const { docs } = await payload.find({
    collection: 'audiences',
    depth: 0,
    locale: defaultLocale,
    overrideAccess: true,
    pagination: false,
    select: { name: true, slug: true },
    sort: 'name',
  })
  return new Map(docs.map(({ name, slug }) => [slug, name]))
}
