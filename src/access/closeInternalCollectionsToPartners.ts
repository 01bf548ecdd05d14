import type { Access, Payload } from 'payload'

/**
 * Payload adds collections of its own (document locks, preferences, jobs…) after plugins run,
 * with "any signed-in caller" access. A partner's API key signs it in, and document locks name
 * the staff who hold them, so those collections are closed to partners once Payload has built
 * them.
 */
export const closeInternalCollectionsToPartners = (payload: Payload): void => {
  for (const [slug, collection] of Object.entries(payload.collections)) {
    if (!slug.startsWith('payload-')) continue
    const access = collection.config.access as Record<string, Access | undefined>
    for (const operation of ['create', 'delete', 'read', 'readVersions', 'update'] as const) {
      const original = access[operation]
      if (!original) continue
      access[operation] = (args) =>
        args.req.user?.collection === 'partners' ? false : original(args)
    }
  }
}
