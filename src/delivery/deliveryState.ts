import type { Payload } from 'payload'

import type { CacheEntry, EntryKey } from './cache/cacheEntries'
import type { PublishedContent, StoredMedia } from './content/publishedContent'
import type { GrantLookup } from './partners/partnerGrant'
import type { WidgetAsset } from './widget/widgetAsset'

import { buildEntry, entryKeyString } from './cache/cacheEntries'
import { onChange } from '../cache/changeFeed'
import { LoadingCache } from '../cache/loadingCache'
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

/**
 * What the rendered answers may hold together: a campaign in one language is tens of KB, so this
 * keeps thousands, while the count bound alone (5,000 entries) allowed several hundred MiB.
 */
export const ENTRY_CACHE_BYTES = 64 * 1024 * 1024

/** An entry's bytes: its body, and as much again for the gzip form once made (never more). */
const entryBytes = (entry: CacheEntry) =>
  entry.kind === 'absent' ? 64 : 2 * entry.representation.body.length

/**
 * What delivery keeps in memory for one Payload instance: partners' keys, the published content
 * and the answers rendered from it. Every `peek…` is synchronous, so the fast path can answer
 * a cached request without waiting; every `load…` fills the cache, loading each thing once
 * however many requests wait for it, and never stores a result that an invalidation made
 * stale while it was loading (LoadingCache).
 */
export class DeliveryState {
  /** Requests answered before Express, from the cache alone (tests and the bench read it). */
  fastPathAnswers = 0

  private readonly content = new LoadingCache<'published', PublishedContent>({
    max: 1,
    ttlMs: CONTENT_TTL_MS,
  })
  private readonly entries = new LoadingCache<string, CacheEntry>({
    max: 5_000,
    maxBytes: ENTRY_CACHE_BYTES,
    sizeOf: entryBytes,
    ttlMs: CONTENT_TTL_MS,
  })
  private readonly grants = new LoadingCache<string, GrantLookup>({
    max: 10_000,
    ttlMs: PARTNER_TTL_MS,
  })
  private readonly origins = new LoadingCache<'allowed', Set<string>>({
    max: 1,
    ttlMs: PARTNER_TTL_MS,
  })

  /**
   * The built widget, once mountDelivery has loaded it, for campaigns' scripts on the fast path.
   * (Loaded there, not here: the admin's build reads this module and must not trace esbuild.)
   */
  widget: undefined | WidgetAsset

  constructor(private readonly payload: Payload) {}

  peekGrant(authorization: string): GrantLookup | undefined {
    return this.grants.peek(authorization)
  }

  peekOrigins(): Set<string> | undefined {
    return this.origins.peek('allowed')
  }

  peekEntry(key: EntryKey): CacheEntry | undefined {
    return this.entries.peek(entryKeyString(key))
  }

  loadGrant(authorization: string): Promise<GrantLookup> {
    return this.grants.get(authorization, () => loadPartnerGrant(this.payload, authorization))
  }

  loadOrigins(): Promise<Set<string>> {
    return this.origins.get('allowed', () => loadAllowedOrigins(this.payload))
  }

  /** An answer rendered from the published content; it lapses when its campaign goes live or ends. */
  loadEntry(key: EntryKey): Promise<CacheEntry> {
    return this.entries.get(
      entryKeyString(key),
      async () => buildEntry(await this.loadContent(), key, Date.now()),
      (entry) => entry.changesAt - Date.now(),
    )
  }

  /** An image a published, running campaign shows, by file name; undefined for any other. */
  async loadPublishedMedia(filename: string): Promise<StoredMedia | undefined> {
    const { media } = await this.loadContent()
    for (const stored of media.values()) if (stored.filename === filename) return stored
    return undefined
  }

  /** Campaigns, assessments or media changed: everything rendered from them goes. */
  invalidateContent(): void {
    this.content.clear()
    this.entries.clear()
  }

  /** A partner changed (key, origins, audiences, active): forget every key and origin. */
  invalidatePartners(): void {
    this.grants.clear()
    this.origins.clear()
  }

  private loadContent(): Promise<PublishedContent> {
    return this.content.get('published', () => loadPublishedContent(this.payload))
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
