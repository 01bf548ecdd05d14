import type { CellRecord, CellSketches } from '../cellRecord'

import { cellKeyOf, coordinatesOf } from '../cellKey'

type Update = {
  $inc?: Record<string, number>
  $set?: Record<string, string>
  $setOnInsert: Record<string, unknown>
}

const counters = ['assessments', 'ctas', 'engagements', 'impressions', 'shares'] as const

/** Dotted paths of every number in a tally tree, e.g. scores.pre.items.line-1818.1. */
const numericPaths = (prefix: string, value: unknown, into: Record<string, number>): void => {
  if (typeof value === 'number') {
    if (value !== 0) into[prefix] = value
    return
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) numericPaths(`${prefix}.${key}`, child, into)
  }
}

/**
 * The MongoDB update that adds one batch's tallies (`delta`, built from an empty cell) to a
 * stored cell: every count, sum and histogram bin by $inc, so concurrent batches add up without
 * reading; only the sketches, which do not add, are read, merged and $set (`sketches`).
 */
export const cellUpdateOf = (delta: CellRecord, sketches: CellSketches) => {
  const $inc: Record<string, number> = {}
  for (const counter of counters) if (delta[counter] !== 0) $inc[counter] = delta[counter]
  numericPaths('scores', delta.scores, $inc)
  numericPaths('pairs', delta.pairs, $inc)
  const $set: Record<string, string> = {}
  if (sketches.reached !== null) $set.reachedSketch = sketches.reached
  if (sketches.engaged !== null) $set.engagedSketch = sketches.engaged
  if (sketches.cta !== null) $set.ctaSketch = sketches.cta
  // MongoDB refuses an empty $inc or $set.
  const update: Update = {
    ...(Object.keys($inc).length > 0 ? { $inc } : {}),
    ...(Object.keys($set).length > 0 ? { $set } : {}),
    $setOnInsert: { ...coordinatesOf(delta), cellKey: cellKeyOf(delta) },
  }
  return { filter: { cellKey: cellKeyOf(delta) }, update }
}

/**
 * $inc on "items.fee-cap.1" of a missing item creates { "1": n }, not an array: MongoDB only
 * indexes into arrays that exist. Item tallies come back as objects with numeric keys or as
 * arrays, and are read as arrays.
 */
const asVectors = (tree: unknown, length: number): unknown => {
  if (!tree || typeof tree !== 'object') return tree
  const node = tree as Record<string, unknown>
  if (node.items && typeof node.items === 'object') {
    const items: Record<string, number[]> = {}
    for (const [key, value] of Object.entries(node.items as Record<string, unknown>)) {
      const counts = value as Record<number, number | undefined>
      items[key] = Array.from({ length }, (_, index) => counts[index] ?? 0)
    }
    return { ...node, histogram: node.histogram ?? {}, items }
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => [key, asVectors(child, length)]),
  )
}

/** A stored cell document read back as a CellRecord; counters never $inc'ed are absent. */
export const cellFromDocument = (document: Record<string, unknown>): CellRecord => {
  const count = (name: string) => (typeof document[name] === 'number' ? document[name] : 0)
  const text = (name: string) => (typeof document[name] === 'string' ? document[name] : null)
  return {
    assessments: count('assessments'),
    audience: String(document.audience),
    campaign: String(document.campaign),
    channel: String(document.channel),
    ctas: count('ctas'),
    day: String(document.day),
    engagements: count('engagements'),
    impressions: count('impressions'),
    locale: String(document.locale),
    pairs: asVectors(document.pairs ?? {}, 4) as CellRecord['pairs'],
    partner: typeof document.partner === 'string' ? document.partner : null,
    scores: asVectors(document.scores ?? {}, 2) as CellRecord['scores'],
    shares: count('shares'),
    sketches: {
      cta: text('ctaSketch'),
      engaged: text('engagedSketch'),
      reached: text('reachedSketch'),
    },
  }
}
