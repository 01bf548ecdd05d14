import type { CellRecord } from '../../store/cellRecord'
import type { BlockSizes, SuppressionPlan } from '../planSuppression'
import type { QualityMode, ReportView } from './reportView'
import type { SliceDisclosure } from './sliceDisclosure'

import { blocks, planSuppression } from '../planSuppression'
import { blockWeight } from './blockWeight'
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

const planAt = (
  cells: readonly CellRecord[],
  audiences: readonly string[],
  view: ReportView,
  mode: QualityMode,
  k: number,
): SuppressionPlan => {
  const byAudience = new Map<string, CellRecord[]>(audiences.map((audience) => [audience, []]))
  for (const cell of cells) byAudience.get(cell.audience)?.push(cell)
  // The whole campaign in the default mode: rows and secondary suppression as always.
  const base = planSuppression(
    new Map([...byAudience].map(([audience, own]) => [audience, sizesOf(included(own))])),
    sizesOf(included(cells)),
    k,
  )
  if (view.dimension === null && mode === 'default') return base
  for (const block of blocks) {
    const hiddenAudiences = audiences.filter((audience) => base.audiences.get(audience)!.has(block))
    // Each audience shown is a slice; the hidden ones are one more (total minus the shown rows).
    const slices = [
      ...audiences
        .filter((audience) => !hiddenAudiences.includes(audience))
        .map((audience) => ({ cells: byAudience.get(audience)!, row: audience as null | string })),
      { cells: hiddenAudiences.flatMap((audience) => byAudience.get(audience)!), row: null },
    ]
    let whole = true
    for (const slice of slices) {
      // A slice with nobody in this view adds nothing to the total, and gives nothing away.
      const inView = slice.cells.filter((cell) => cellInView(cell, view, mode))
      if (blockWeight(block, inView) === 0) {
        if (slice.row !== null) base.audiences.get(slice.row)!.add(block)
        continue
      }
      const disclosure = sliceDisclosure(block, slice.cells, k, view.dimension)
      if (shownIn(disclosure, view, mode)) continue
      whole = false
      if (slice.row !== null) base.audiences.get(slice.row)!.add(block)
    }
    // The total is published only as the sum of slices that are each published.
    if (!whole) base.total.add(block)
  }
  for (const hidden of [...base.audiences.values(), base.total]) {
    if (hidden.has('respondents')) for (const block of blocks) hidden.add(block)
  }
  return base
}

/**
 * Which blocks of which rows a report may show, for one request: the unfiltered report's plan
 * (planSuppression), then, for a breakdown or `quality=all`, only what every slice may publish of
 * that breakdown (sliceDisclosure). Computed from all the campaign's cells, at the deployment's k
 * and at the reader's, hiding what either hides: a reader who raises k sees less, and mixing
 * reports at several k gives nothing the deployment's k keeps back.
 */
export const disclosurePlan = (
  cells: readonly CellRecord[],
  audiences: readonly string[],
  request: { deploymentK: number; k: number; mode: QualityMode; view: ReportView },
): SuppressionPlan => {
  const plan = planAt(cells, audiences, request.view, request.mode, request.deploymentK)
  if (request.k <= request.deploymentK) return plan
  const raised = planAt(cells, audiences, request.view, request.mode, request.k)
  for (const [audience, hidden] of raised.audiences) {
    for (const block of hidden) plan.audiences.get(audience)!.add(block)
  }
  for (const block of raised.total) plan.total.add(block)
  return plan
}
