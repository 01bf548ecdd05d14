import type { Payload } from 'payload'

import type { CacheEntry, EntryKey } from './cache/cacheEntries'
import type { PublishedContent, StoredMedia } from './content/publishedContent'
import type { GrantLookup } from './partners/partnerGrant'

import { buildEntry, entryKeyString } from './cache/cacheEntries'
import { onChange } from '../cache/changeFeed'
import { ExpiringMap } from '../cache/expiringMap'
import { loadPublishedContent } from './content/loadPublishedContent'
import { loadAllowedOrigins } from './partners/loadAllowedOrigins'
import { loadPartnerGrant } from './partners/loadPartnerGrant'

/**
 * Hooks invalidate on every change, here and (through the change feed, changeFeed.ts) on every
 * other instance within about a second; the time limits are only a backstop for writes nobody
 * announces (a direct database edit) or a feed that cannot read the database.
 */
export const CONTENT_TTL_MS = 60_000
export const PARTNER_TTL_MS = 60_000

type Timed<T> = { expiresAt: number; value: T }

/**
 * What delivery keeps in memory for one Payload instance: partners' keys, the published content
 * and the answers rendered from it. Every `peek…` is synchronous, so the fast path can answer
 * a cached request without waiting; every `load…` fills the cache, loading each thing once
 * however many requests wait for it, and never stores a result that an invalidation made
 * stale while it was loading.
 */
export class DeliveryState {
  /** Requests answered before Express, from the cache alone (tests and the bench read it). */
  fastPathAnswers = 0

  private content: Timed<PublishedContent> | undefined
  private contentGeneration = 0
  private readonly entries = new ExpiringMap<string, CacheEntry>(5_000)
  private readonly grants = new ExpiringMap<string, GrantLookup>(10_000)
  private readonly inflight = new Map<string, Promise<unknown>>()
  private origins: Timed<Set<string>> | undefined
  private partnerGeneration = 0

  constructor(private readonly payload: Payload) {}

  peekGrant(authorization: string, now: number): GrantLookup | undefined {
    return this.grants.get(authorization, now)
  }

  peekOrigins(now: number): Set<string> | undefined {
    return this.origins && this.origins.expiresAt > now ? this.origins.value : undefined
  }

  peekEntry(key: EntryKey, now: number): CacheEntry | undefined {
    return this.entries.get(entryKeyString(key), now)
  }

  loadGrant(authorization: string): Promise<GrantLookup> {
    const generation = this.partnerGeneration
    return this.once(`grant|${authorization}`, async () => {
      const lookup = await loadPartnerGrant(this.payload, authorization)
      if (generation === this.partnerGeneration) {
        this.grants.set(authorization, lookup, Date.now() + PARTNER_TTL_MS)
      }
      return lookup
    })
  }

  loadOrigins(): Promise<Set<string>> {
    const generation = this.partnerGeneration
    return this.once('origins', async () => {
      const value = await loadAllowedOrigins(this.payload)
      if (generation === this.partnerGeneration) {
        this.origins = { expiresAt: Date.now() + PARTNER_TTL_MS, value }
      }
      return value
    })
  }

  loadEntry(key: EntryKey): Promise<CacheEntry> {
    const generation = this.contentGeneration
    return this.once(`entry|${entryKeyString(key)}`, async () => {
      const content = await this.loadContent()
      const now = Date.now()
      const entry = buildEntry(content, key, now)
      if (generation === this.contentGeneration) {
        const expiresAt = Math.min(now + CONTENT_TTL_MS, entry.changesAt)
        this.entries.set(entryKeyString(key), entry, expiresAt)
      }
      return entry
    })
  }

  /** An image a published, running campaign shows, by file name; undefined for any other. */
  async loadPublishedMedia(filename: string): Promise<StoredMedia | undefined> {
    const { media } = await this.loadContent()
    for (const stored of media.values()) if (stored.filename === filename) return stored
    return undefined
  }

  /** Campaigns, assessments or media changed: everything rendered from them goes. */
  invalidateContent(): void {
    this.contentGeneration += 1
    this.content = undefined
    this.entries.clear()
    this.forgetInflight('entry|')
    this.forgetInflight('content')
  }

  /** A partner changed (key, origins, audiences, active): forget every key and origin. */
  invalidatePartners(): void {
    this.partnerGeneration += 1
    this.grants.clear()
    this.origins = undefined
    this.forgetInflight('grant|')
    this.forgetInflight('origins')
  }

  private loadContent(): Promise<PublishedContent> {
    const now = Date.now()
    if (this.content && this.content.expiresAt > now) return Promise.resolve(this.content.value)
    const generation = this.contentGeneration
    return this.once('content', async () => {
      const value = await loadPublishedContent(this.payload)
      if (generation === this.contentGeneration) {
        this.content = { expiresAt: Date.now() + CONTENT_TTL_MS, value }
      }
      return value
    })
  }

  /** One load per key at a time; later callers share the promise. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key) as Promise<T> | undefined
    if (running) return running
    const promise = load().finally(() => {
      if (this.inflight.get(key) === promise) this.inflight.delete(key)
    })
    this.inflight.set(key, promise)
    return promise
  }

  /** Loads started before an invalidation may return stale data; new callers must not join them. */
  private forgetInflight(prefix: string): void {
    for (const key of this.inflight.keys()) if (key.startsWith(prefix)) this.inflight.delete(key)
  }
}

const states = new WeakMap<Payload, DeliveryState>()

onChange('content', (payload) => states.get(payload)?.invalidateContent())
onChange('partners', (payload) => states.get(payload)?.invalidatePartners())

/** The delivery state of a Payload instance, shared by its Express routes, fast path and hooks. */
export const deliveryStateOf = (payload: Payload): DeliveryState => {
  let state = states.get(payload)
  if (!state) {
    state = new DeliveryState(payload)
    states.set(payload, state)
  }
  return state
}
