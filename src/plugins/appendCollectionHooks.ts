import type { CollectionConfig, Config } from 'payload'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>

/**
 * A plugin's hooks on collections it does not own, found by slug and appended after the
 * collection's own, so the collection's file need not know which features watch it.
 */
export const appendCollectionHooks = (
  config: Config,
  hooksBySlug: Record<string, CollectionHooks>,
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const added = hooksBySlug[collection.slug]
    if (!added) return collection
    const hooks: Record<string, unknown[] | undefined> = { ...collection.hooks }
    for (const [name, list] of Object.entries(added) as [string, unknown[]][]) {
      hooks[name] = [...(hooks[name] ?? []), ...list]
    }
    return { ...collection, hooks: hooks as CollectionHooks }
  }),
})
