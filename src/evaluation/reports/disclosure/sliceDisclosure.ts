import type { CellRecord } from '../../store/cellRecord'
import type { Block } from '../planSuppression'
import type { QualityMode } from './reportView'

import { BlockMeter, blockWeight } from './blockWeight'
import { levelOf } from './reportView'
import { smallSetInSpan } from './smallSetInSpan'
import { weekOf } from './weeks'

const categorical = ['channel', 'locale', 'partner'] as const
type Categorical = (typeof categorical)[number]
const modes: QualityMode[] = ['default', 'all']

/** Consecutive weeks merged until they hold k respondents: what a period may be cut at. */
export type PeriodAtom = { weeks: Record<QualityMode, string[]> }

/**
 * What one slice (an audience the unfiltered report shows for a block, or the audiences it
 * hides, together) may publish of that block: the whole slice with held submissions too, and per
 * dimension and quality mode the values (or, for the period, the atoms) shown; null where the
 * dimension may not split this block at all.
 */
export type SliceDisclosure = {
  atoms: PeriodAtom[]
  /** Whether `quality=all` may show the slice whole. */
  withHeld: boolean
  dimensions: Record<Categorical | 'period', Record<QualityMode, null | Set<string>>>
}

const inMode = (cell: CellRecord, mode: QualityMode) =>
  mode === 'all' || cell.inclusion === 'included'

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const name = key(item)
    const group = groups.get(name)
    if (group) group.push(item)
    else groups.set(name, [item])
  }
  return groups
}

/** Weeks merged in order until the included submissions reach k; a short tail joins the last. */
const periodAtoms = (
  block: Block,
  byWeek: Map<string, CellRecord[]>,
  k: number,
): Map<string, number> => {
  const atomOf = new Map<string, number>()
  let atom = 0
  let current = new BlockMeter(block)
  let pending: string[] = []
  for (const week of [...byWeek.keys()].sort()) {
    for (const cell of byWeek.get(week)!) if (inMode(cell, 'default')) current.add(cell)
    pending.push(week)
    if (current.value() >= k) {
      for (const name of pending) atomOf.set(name, atom)
      atom += 1
      current = new BlockMeter(block)
      pending = []
    }
  }
  for (const name of pending) atomOf.set(name, Math.max(0, atom - 1))
  return atomOf
}

/**
 * The values of a dimension one slice may show in one mode: those holding k or more, less the
 * smallest others while the hidden ones together hold 1 to k − 1 (total minus the shown values
 * would give them away).
 */
const shownValues = (
  block: Block,
  cells: CellRecord[],
  dimension: Categorical,
  mode: QualityMode,
  k: number,
): Set<string> => {
  const byValue = groupBy(
    cells.filter((cell) => inMode(cell, mode)),
    (cell) => levelOf(cell, dimension),
  )
  const weights = new Map([...byValue].map(([value, group]) => [value, blockWeight(block, group)]))
  const shown = new Set([...weights].filter(([, weight]) => weight >= k).map(([value]) => value))
  for (;;) {
    const hidden = [...byValue].filter(([value]) => !shown.has(value)).flatMap(([, group]) => group)
    const hiddenWeight = blockWeight(block, hidden)
    if (hiddenWeight === 0 || hiddenWeight >= k || shown.size === 0) break
    const [smallest] = [...shown].sort(
      (a, b) => weights.get(a)! - weights.get(b)! || (a < b ? -1 : 1),
    )
    shown.delete(smallest)
  }
  return shown
}

/**
 * Decides, for one slice and block, which breakdowns may be published, adding them greedily in a
 * fixed order (held submissions, then channel, locale, partner, period; each in the default mode,
 * then with held submissions) and keeping each only if smallSetInSpan finds that no combination of
 * everything kept so far isolates a group of 1 to k − 1 respondents. The order and the data decide
 * it, never the questions asked, so every reader gets the same answers.
 */
export const sliceDisclosure = (
  block: Block,
  cells: CellRecord[],
  k: number,
  upTo: 'period' | Categorical | null,
): SliceDisclosure => {
  const byWeek = groupBy(cells, (cell) => weekOf(cell.day))
  const weekOfCell = new Map<CellRecord, string>()
  for (const [week, group] of byWeek) for (const cell of group) weekOfCell.set(cell, week)
  const atomOf = periodAtoms(block, byWeek, k)
  const atomOfCell = (cell: CellRecord) => atomOf.get(weekOfCell.get(cell)!)
  // With no held submission, `quality=all` publishes the same sets as the default.
  const held = cells.some((cell) => !inMode(cell, 'default'))
  // Finest cells any published figure can tell apart.
  const fine = [
    ...groupBy(cells, (cell) =>
      [cell.inclusion, cell.channel, cell.locale, cell.partner ?? '', atomOfCell(cell)].join(
        '\u0000',
      ),
    ).values(),
  ]
  const fineWeights = fine.map((group) => blockWeight(block, group))
  const weightOf = (indices: readonly number[]) =>
    indices.length === 1
      ? fineWeights[indices[0]]
      : blockWeight(
          block,
          indices.flatMap((index) => fine[index]),
        )
  const cellsWhere = (keep: (cell: CellRecord) => boolean) =>
    fine.flatMap((group, index) => (keep(group[0]) ? [index] : []))
  const published: number[][] = [cellsWhere((cell) => inMode(cell, 'default'))]
  const tryAdd = (sets: number[][]) => {
    const verdict = smallSetInSpan({
      additive: block !== 'respondents',
      cellCount: fine.length,
      k,
      published: [...published, ...sets],
      weightOf,
    })
    if (verdict.safe) published.push(...sets)
    return verdict.safe
  }

  const withHeld = !held || tryAdd([cellsWhere(() => true)])
  const none = { all: null, default: null }
  const dimensions: SliceDisclosure['dimensions'] = {
    channel: { ...none },
    locale: { ...none },
    partner: { ...none },
    period: { ...none },
  }
  const order = [...categorical, 'period'] as const
  const last = upTo === null ? -1 : order.indexOf(upTo)
  for (const dimension of order.slice(0, last + 1)) {
    for (const mode of modes) {
      if (mode === 'all' && !withHeld) continue
      if (mode === 'all' && !held) {
        dimensions[dimension].all = dimensions[dimension].default
        continue
      }
      if (dimension === 'period') {
        const atoms = [...new Set(atomOf.values())]
        const sets = atoms.map((atom) =>
          cellsWhere((cell) => inMode(cell, mode) && atomOfCell(cell) === atom),
        )
        if (tryAdd(sets)) dimensions.period[mode] = new Set(atoms.map(String))
        continue
      }
      const shown = shownValues(block, cells, dimension, mode, k)
      const sets = [...shown].map((value) =>
        cellsWhere((cell) => inMode(cell, mode) && levelOf(cell, dimension) === value),
      )
      if (tryAdd(sets)) dimensions[dimension][mode] = shown
    }
  }
  const atoms: PeriodAtom[] = []
  for (const [week, atom] of [...atomOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    atoms[atom] ??= { weeks: { all: [], default: [] } }
    for (const mode of modes) {
      const holding = byWeek.get(week)!.filter((cell) => inMode(cell, mode))
      if (blockWeight(block, holding) > 0) atoms[atom].weeks[mode].push(week)
    }
  }
  return { atoms, dimensions, withHeld }
}

/**
 * Whether a period (whole weeks, `from` a Monday, `to` a Sunday) takes every atom whole or not at
 * all, counting only the weeks that hold someone in the block.
 */
export const periodAligned = (
  atoms: PeriodAtom[],
  mode: QualityMode,
  { from, to }: { from?: string; to?: string },
): boolean =>
  atoms.every((atom) => {
    const inside = atom.weeks[mode].filter(
      (week) => (from === undefined || week >= from) && (to === undefined || week <= to),
    )
    return inside.length === 0 || inside.length === atom.weeks[mode].length
  })
