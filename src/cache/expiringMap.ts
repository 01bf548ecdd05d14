type Entry<V> = { expiresAt: number; value: V }

/**
 * A bounded map whose entries lapse at their own time. When full it drops the oldest entry,
 * so a flood of unknown keys or slugs cannot grow memory without limit.
 */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, Entry<V>>()

  constructor(private readonly maxEntries: number) {}

  get(key: K, now: number): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: K, value: V, expiresAt: number): void {
    this.entries.delete(key)
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next()
      if (!oldest.done) this.entries.delete(oldest.value)
    }
    this.entries.set(key, { expiresAt, value })
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}
