import { describe, expect, it } from 'vitest'

import { LoadingCache } from '../../../src/cache/loadingCache'

/** A load the test finishes by hand, to interleave it with other calls. */
const deferred = <T>() => {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

describe('LoadingCache', () => {
  it('loads a key once however many callers wait for it, then answers from memory', async () => {
    const cache = new LoadingCache<string, number>({ max: 10, ttlMs: 1_000 })
    const load = deferred<number>()
    let loads = 0
    const loader = () => ((loads += 1), load.promise)
    const first = cache.get('a', loader)
    const second = cache.get('a', loader)
    load.resolve(7)
    expect(await Promise.all([first, second])).toEqual([7, 7])
    expect(await cache.get('a', loader)).toBe(7)
    expect(cache.peek('a')).toBe(7)
    expect(loads).toBe(1)
  })

  it('never stores a load that began before clear(), and nobody asking after it joins that load', async () => {
    const cache = new LoadingCache<string, string>({ max: 10, ttlMs: 1_000 })
    const stale = deferred<string>()
    const before = cache.get('campaign', () => stale.promise)
    cache.clear()
    const after = cache.get('campaign', () => Promise.resolve('new'))
    stale.resolve('old')
    expect(await before).toBe('old')
    expect(await after).toBe('new')
    expect(cache.peek('campaign')).toBe('new')
  })

  it('forgets only the matching keys and their loads under way', async () => {
    const cache = new LoadingCache<string, string>({ max: 10, ttlMs: 1_000 })
    await cache.get('7@1', async () => 'seven')
    await cache.get('8@1', async () => 'eight')
    const loading = deferred<string>()
    void cache.get('7@2', () => loading.promise)
    cache.deleteWhere((key) => key.startsWith('7@'))
    loading.resolve('stale')
    await loading.promise
    expect(cache.peek('7@1')).toBeUndefined()
    expect(cache.peek('7@2')).toBeUndefined()
    expect(cache.peek('8@1')).toBe('eight')
  })

  it('lets entries lapse after their lifetime, or sooner when the loaded value says so', async () => {
    // lru-cache takes a start time of 0 for "no lifetime": the clock starts later, as performance.now does.
    let now = 1_000_000
    const cache = new LoadingCache<string, null | string>({
      clock: () => now,
      max: 10,
      ttlMs: 1_000,
    })
    await cache.get('long', async () => 'kept')
    await cache.get(
      'short',
      async () => null,
      (value) => (value === null ? 100 : undefined),
    )
    now += 150
    expect(cache.peek('short')).toBeUndefined()
    expect(cache.peek('long')).toBe('kept')
    now += 851
    expect(cache.peek('long')).toBeUndefined()
  })

  it('holds at most max entries, dropping the least recently used', async () => {
    const cache = new LoadingCache<string, number>({ max: 2, ttlMs: 1_000 })
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.peek('a')).toBe(1)
    cache.set('c', 3)
    expect(cache.size).toBe(2)
    expect(cache.peek('b')).toBeUndefined()
    expect([cache.peek('a'), cache.peek('c')]).toEqual([1, 3])
  })

  it('holds at most maxBytes of entries by their sizeOf, and no entry larger than that alone', () => {
    const cache = new LoadingCache<string, Buffer>({
      max: 100,
      maxBytes: 1_000,
      sizeOf: (value) => value.length,
      ttlMs: 1_000,
    })
    cache.set('a', Buffer.alloc(400))
    cache.set('b', Buffer.alloc(400))
    expect(cache.peek('a')).toBeDefined()
    cache.set('c', Buffer.alloc(400))
    expect(cache.size).toBe(2)
    expect(cache.peek('b')).toBeUndefined()
    cache.set('huge', Buffer.alloc(1_001))
    expect(cache.peek('huge')).toBeUndefined()
    expect(cache.size).toBe(2)
  })

  it('loads every missing key of a batch in one call and remembers the absent ones', async () => {
    const cache = new LoadingCache<string, null | string>({ max: 10, ttlMs: 1_000 })
    cache.set('known', 'K')
    const calls: string[][] = []
    const loadMissing = async (missing: string[]) => {
      calls.push(missing)
      return new Map(
        missing.filter((key) => key !== 'nobody').map((key) => [key, key.toUpperCase()]),
      )
    }
    const found = await cache.getMany(['known', 'x', 'nobody', 'x'], loadMissing, null)
    expect(Object.fromEntries(found)).toEqual({ known: 'K', nobody: null, x: 'X' })
    expect(calls).toEqual([['x', 'nobody']])
    await cache.getMany(['x', 'nobody'], loadMissing, null)
    expect(calls).toHaveLength(1)
  })
})
