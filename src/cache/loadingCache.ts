import { LRUCache } from 'lru-cache'

/** lru-cache holds objects only: a box lets a cache remember "none" (null) as an answer too. */
type Box<V> = { value: V }

export type LoadingCacheOptions<V = unknown> = {
  /** The clock lifetimes are measured on, in milliseconds (tests move it); performance.now. */
  clock?: () => number
  /** The most entries kept; when full, the least recently used goes first. */
  max: number
  /**
   * With `sizeOf`, the most bytes the entries may hold together (least recently used go first);
   * an entry larger than this alone is not kept. For caches whose entries vary in size.
   */
  maxBytes?: number
  sizeOf?: (value: V) => number
  /** How long an entry lives unless set with a shorter life. */
  ttlMs: number
}

/**
 * The one cache primitive of Aware: bounded (a flood of unknown keys cannot grow memory), every
 * entry lapsing after its lifetime, one load per key however many callers wait for it, and
 * `clear()` safe against loads under way: a load that began before it is never stored, and
 * nobody who asks after it joins that load. Entries and lifetimes are lru-cache's (isaacs,
 * well kept and used by npm itself); the loading rules are ours, because lru-cache's own fetch()
 * rejects its waiting callers when the cache is cleared under it.
 */
export class LoadingCache<K extends string, V> {
  readonly #entries: LRUCache<K, Box<V>>
  #generation = 0
  readonly #loading = new Map<K, Promise<V>>()

  constructor({ clock, max, maxBytes, sizeOf, ttlMs }: LoadingCacheOptions<V>) {
    this.#entries = new LRUCache<K, Box<V>>({
      max,
      ...(maxBytes && sizeOf
        ? {
            maxSize: maxBytes,
            sizeCalculation: (box: Box<V>) => Math.max(1, Math.ceil(sizeOf(box.value))),
          }
        : {}),
      ttl: ttlMs,
      ...(clock ? { perf: { now: clock }, ttlResolution: 0 } : {}),
    })
  }

  get size(): number {
    return this.#entries.size
  }

  /** Forgets every entry, and every load under way for what comes after. */
  clear(): void {
    this.#generation += 1
    this.#entries.clear()
    this.#loading.clear()
  }

  /** Forgets the entries whose key matches, and their loads under way. */
  deleteWhere(matches: (key: K) => boolean): void {
    this.#generation += 1
    for (const key of [...this.#entries.keys()]) if (matches(key)) this.#entries.delete(key)
    for (const key of [...this.#loading.keys()]) if (matches(key)) this.#loading.delete(key)
  }

  /**
   * The entry for `key`, loading it when missing or lapsed. `ttlOf` may shorten the life of
   * what was loaded (an answer that changes at a known time).
   */
  get(key: K, load: () => Promise<V>, ttlOf?: (value: V) => number | undefined): Promise<V> {
    const cached = this.#entries.get(key)
    if (cached) return Promise.resolve(cached.value)
    const running = this.#loading.get(key)
    if (running) return running
    const startedIn = this.#generation
    const loading = load()
      .then((value) => {
        if (startedIn === this.#generation) this.set(key, value, ttlOf?.(value))
        return value
      })
      .finally(() => {
        if (this.#loading.get(key) === loading) this.#loading.delete(key)
      })
    this.#loading.set(key, loading)
    return loading
  }

  /**
   * The entries for several keys, loading every missing one in one call of `loadMissing` (one
   * query for a batch); keys that call leaves out are remembered as `absent`.
   */
  async getMany(
    keys: Iterable<K>,
    loadMissing: (missing: K[]) => Promise<Map<K, V>>,
    absent: V,
  ): Promise<Map<K, V>> {
    const found = new Map<K, Promise<V>>()
    const missing: K[] = []
    for (const key of new Set(keys)) {
      const cached = this.#entries.get(key)
      const running = cached ? Promise.resolve(cached.value) : this.#loading.get(key)
      if (running) found.set(key, running)
      else missing.push(key)
    }
    if (missing.length > 0) {
      const batch = loadMissing(missing)
      for (const key of missing) {
        found.set(
          key,
          this.get(key, () =>
            batch.then((loaded) => (loaded.has(key) ? loaded.get(key)! : absent)),
          ),
        )
      }
    }
    const entries = await Promise.all(
      [...found].map(async ([key, value]) => [key, await value] as const),
    )
    return new Map(entries)
  }

  /** The entry for `key` if it is held and alive, without loading: for synchronous paths. */
  peek(key: K): undefined | V {
    return this.#entries.get(key)?.value
  }

  /** Stores an entry; `ttlMs` shortens its life below the cache's (never lengthens it). */
  set(key: K, value: V, ttlMs?: number): void {
    const ttl = ttlMs === undefined ? undefined : Math.max(1, Math.min(ttlMs, this.#entries.ttl))
    this.#entries.set(key, { value }, ttl === undefined ? undefined : { ttl })
  }
}
