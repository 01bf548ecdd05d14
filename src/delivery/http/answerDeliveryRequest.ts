import type { CacheEntry } from '../cache/cacheEntries'
import type { DeliveryState } from '../deliveryState'
import type { GrantLookup } from '../partners/partnerGrant'
import type { Answer } from './answer'
import type { CacheView, Decision, Need } from './decideDeliveryAnswer'
import type { DeliveryRequest } from './deliveryRequest'

import { entryKeyString } from '../cache/cacheEntries'
import { decideDeliveryAnswer } from './decideDeliveryAnswer'

/** decideDeliveryAnswer, or a decision built on it (a campaign's script, campaignScript.ts). */
export type Decide = (request: DeliveryRequest, cache: CacheView, now: number) => Decision

const cachedViews = new WeakMap<DeliveryState, CacheView>()

/** What the state holds now, as the decision reads it; one view per state, made once. */
const cachedView = (state: DeliveryState): CacheView => {
  let view = cachedViews.get(state)
  if (!view) {
    view = {
      entry: (key) => state.peekEntry(key),
      grant: (authorization) => state.peekGrant(authorization),
      origins: () => state.peekOrigins(),
    }
    cachedViews.set(state, view)
  }
  return view
}

/** The answer when everything it needs is cached, else undefined (the fast path's question). */
export const answerFromCache = (
  state: DeliveryState,
  request: DeliveryRequest,
  decide: Decide = decideDeliveryAnswer,
): Answer | undefined => {
  const decision = decide(request, cachedView(state), Date.now())
  return 'answer' in decision ? decision.answer : undefined
}

/** A request needs at most the partner, the origins and one entry: three loads, then an answer. */
const MAX_LOADS = 3

/**
 * Answers any delivery request, loading what the cache lacks. What this request loaded is used
 * even if an invalidation kept it out of the cache meanwhile, so the loop always ends.
 */
export const answerDeliveryRequest = async (
  state: DeliveryState,
  request: DeliveryRequest,
  decide: Decide = decideDeliveryAnswer,
): Promise<Answer> => {
  const grants = new Map<string, GrantLookup>()
  const entries = new Map<string, CacheEntry>()
  let origins: Set<string> | undefined
  const load = async (need: Need) => {
    if (need.kind === 'grant')
      grants.set(need.authorization, await state.loadGrant(need.authorization))
    if (need.kind === 'origins') origins = await state.loadOrigins()
    if (need.kind === 'entry')
      entries.set(entryKeyString(need.key), await state.loadEntry(need.key))
  }
  for (let loads = 0; ; loads += 1) {
    const now = Date.now()
    const cached = cachedView(state)
    const view: CacheView = {
      entry: (key) => entries.get(entryKeyString(key)) ?? cached.entry(key),
      grant: (authorization) => grants.get(authorization) ?? cached.grant(authorization),
      origins: () => origins ?? cached.origins(),
    }
    const decision = decide(request, view, now)
    if ('answer' in decision) return decision.answer
    if (loads === MAX_LOADS) throw new Error(`delivery still needs ${decision.need.kind}`)
    await load(decision.need)
  }
}
