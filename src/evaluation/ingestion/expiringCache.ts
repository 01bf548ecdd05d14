/**
 * A small map whose entries expire after `ttlMs` and which forgets its oldest entry beyond
 * `capacity` (Map keeps insertion order), so garbage keys cannot grow it without bound.
 */
export const expiringCache = <V>({ capacity, ttlMs }: { capacity: number; ttlMs: number }) => {
  const entries = new Map<string, { expiresAt: number; value: V }>()
  return {
    clear: () => entries.clear(),
    get: (key: string): undefined | V => {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expiresAt <= Date.now()) {
        entries.delete(key)
        return undefined
      }
      return entry.value
    },
    set: (key: string, value: V): void => {
      entries.delete(key)
      entries.set(key, { expiresAt: Date.now() + ttlMs, value })
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string)
    },
  }
}
