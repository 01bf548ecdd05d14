import type { CellRecord } from '../../store/cellRecord'
import type { Block, BlockSizes, SuppressionPlan } from '../planSuppression'
import type { QualityMode, ReportView } from './reportView'
import type { SliceDisclosure } from './sliceDisclosure'

import { LoadingCache } from '../../../cache/loadingCache'
import { blocks, planSuppression } from '../planSuppression'
import { blockWeight } from './blockWeight'
import { planFingerprint } from './planFingerprint'
import { cellInView } from './reportView'
import { periodAligned, sliceDisclosure } from './sliceDisclosure'

const included = (cells: readonly CellRecord[]) =>
  cells.filter((cell) => cell.inclusion === 'included')

const sizesOf = (cells: readonly CellRecord[]): BlockSizes =>
  Object.fromEntries(blocks.map((block) => [block, blockWeight(block, cells)])) as BlockSizes

const shownIn = (disclosure: SliceDisclosure, view: ReportView, mode: QualityMode): boolean => {
  if (view.dimension === null) return mode === 'default' || disclosure.withHeld
  const values = disclosure.dimensions[view.dimension][mode]
  if (values === null) return false
  return view.dimension === 'period'
    ? periodAligned(disclosure.atoms, mode, view)
    : values.has(view.value)
}

/** A slice of one block: an audience shown in the unfiltered report, or those it hides. */
type Slice = { audiences: string[]; disclosure: SliceDisclosure; row: null | string }

/**
 * What a campaign's cells let be published at one k, whatever the view: the unfiltered report's
 * plan, and (for breakdowns up to a dimension) each block's slices with what each may publish.
 * The costly part of a plan, and what the cache keeps; it holds no cell.
 */
type PlanFacts = { base: SuppressionPlan; slices: Map<Block, Slice[]> | null }

type UpTo = ReportView['dimension']

const factsOf = (
  byAudience: Map<string, CellRecord[]>,
  cells: readonly CellRecord[],
  k: number,
  upTo: UpTo | undefined,
): PlanFacts => {
  // The whole campaign in the default mode: rows and secondary suppression as always.
  const base = planSuppression(
    new Map([...byAudience].map(([audience, own]) => [audience, sizesOf(included(own))])),
    sizesOf(included(cells)),
    k,
  )
  if (upTo === undefined) return { base, slices: null }
  const slices = new Map<Block, Slice[]>()
  const audiences = [...byAudience.keys()]
  for (const block of blocks) {
    const hidden = audiences.filter((audience) => base.audiences.get(audience)!.has(block))
    // Each audience shown is a slice; the hidden ones are one more (total minus the shown rows).
    const parts = [
      ...audiences
        .filter((audience) => !hidden.includes(audience))
        .map((audience) => ({ audiences: [audience], row: audience as null | string })),
      { audiences: hidden, row: null },
    ]
    slices.set(
      block,
      parts.map((part) => ({
        ...part,
        disclosure: sliceDisclosure(
          block,
          part.audiences.flatMap((audience) => byAudience.get(audience)!),
          k,
          upTo,
        ),
      })),
    )
  }
  return { base, slices }
}

const copyOf = (plan: SuppressionPlan): SuppressionPlan => ({
  audiences: new Map([...plan.audiences].map(([audience, hidden]) => [audience, new Set(hidden)])),
  total: new Set(plan.total),
})

/** The plan of one view and mode from the facts: only what every slice may publish of it. */
const planOf = (
  facts: PlanFacts,
  byAudience: Map<string, CellRecord[]>,
  view: ReportView,
  mode: QualityMode,
): SuppressionPlan => {
  const plan = copyOf(facts.base)
  if (facts.slices === null) return plan
  for (const [block, slices] of facts.slices) {
    let whole = true
    for (const slice of slices) {
      // A slice with nobody in this view adds nothing to the total, and gives nothing away.
      const inView = slice.audiences.flatMap((audience) =>
        byAudience.get(audience)!.filter((cell) => cellInView(cell, view, mode)),
      )
      if (blockWeight(block, inView) === 0) {
        if (slice.row !== null) plan.audiences.get(slice.row)!.add(block)
        continue
      }
      if (shownIn(slice.disclosure, view, mode)) continue
      whole = false
      if (slice.row !== null) plan.audiences.get(slice.row)!.add(block)
    }
    // The total is published only as the sum of slices that are each published.
    if (!whole) plan.total.add(block)
  }
  for (const hidden of [...plan.audiences.values(), plan.total]) {
    if (hidden.has('respondents')) for (const block of blocks) hidden.add(block)
  }
  return plan
}

/** Facts kept, by the cells' fingerprint, k and breakdown depth: a few campaigns' worth. */
const MAX_CACHED_FACTS = 64
/** A fingerprint no longer read (the data moved on) lapses after this long. */
const FACTS_TTL_MS = 15 * 60_000
const cachedFacts = new LoadingCache<string, PlanFacts>({
  max: MAX_CACHED_FACTS,
  ttlMs: FACTS_TTL_MS,
})

/** Empties the plan cache (the bench's cold runs; nothing else needs it). */
export const forgetDisclosurePlans = (): void => cachedFacts.clear()

export type PlanRequest = { deploymentK: number; k: number; mode: QualityMode; view: ReportView }

/**
 * One campaign's disclosure, for every request over the same cells: which blocks of which rows a
 * report may show. The unfiltered report's plan (planSuppression), then, for a breakdown or
 * `quality=all`, only what every slice may publish of that breakdown (sliceDisclosure). Computed
 * from all the campaign's cells, at the deployment's k and at the reader's, hiding what either
 * hides: a reader who raises k sees less, and mixing reports at several k gives nothing the
 * deployment's k keeps back.
 *
 * What the data allow is decided once per state of the data (planFingerprint) and kept; each
 * view (a report's, or each interval of its series) is then read off it.
 */
export const campaignDisclosure = (cells: readonly CellRecord[], audiences: readonly string[]) => {
  const byAudience = new Map<string, CellRecord[]>(audiences.map((audience) => [audience, []]))
  for (const cell of cells) byAudience.get(cell.audience)?.push(cell)
  let fingerprint: string | undefined
  const facts = (k: number, upTo: UpTo | undefined): PlanFacts => {
    // Rows alone cost about as much as the digest: only slices are worth keeping.
    if (upTo === undefined) return factsOf(byAudience, cells, k, upTo)
    fingerprint ??= planFingerprint(cells, audiences)
    const key = `${fingerprint}|${k}|${upTo ?? 'whole'}`
    // Computed synchronously, so there is never a load under way to share.
    let found = cachedFacts.peek(key)
    if (!found) {
      found = factsOf(byAudience, cells, k, upTo)
      cachedFacts.set(key, found)
    }
    return found
  }
  const planAt = (k: number, view: ReportView, mode: QualityMode) => {
    // The unfiltered default report needs no slice; a breakdown, those up to its dimension.
    const upTo = view.dimension === null && mode === 'default' ? undefined : view.dimension
    return planOf(facts(k, upTo), byAudience, view, mode)
  }
  return {
    plan: ({ deploymentK, k, mode, view }: PlanRequest): SuppressionPlan => {
      const plan = planAt(deploymentK, view, mode)
      if (k <= deploymentK) return plan
      const raised = planAt(k, view, mode)
      for (const [audience, hidden] of raised.audiences) {
        for (const block of hidden) plan.audiences.get(audience)!.add(block)
      }
      for (const block of raised.total) plan.total.add(block)
      return plan
    },
  }
}

export type CampaignDisclosure = ReturnType<typeof campaignDisclosure>

/** The plan of one request (campaignDisclosure). */
export const disclosurePlan = (
  cells: readonly CellRecord[],
  audiences: readonly string[],
  request: PlanRequest,
): SuppressionPlan => campaignDisclosure(cells, audiences).plan(request)
