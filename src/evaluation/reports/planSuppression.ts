/**
 * The parts of a report row that rest on separate groups of respondents: everyone reached, and
 * the respondents of each phase and of each kind of pair.
 */
export const blocks = ['respondents', 'pre', 'post', 'followup', 'paired', 'retention'] as const
export type Block = (typeof blocks)[number]

export type BlockSizes = Record<Block, number>

export type SuppressionPlan = {
  audiences: Map<string, Set<Block>>
  total: Set<Block>
}

const hideAll = (hidden: Set<Block>) => {
  for (const block of blocks) hidden.add(block)
}

/**
 * Which blocks of which rows to suppress. Primary: a block resting on fewer than k respondents;
 * an audience with fewer than k respondents in all shows nothing. Secondary: the audiences add up
 * to the total, so when exactly one audience hides a block that holds someone, total minus the
 * others would give it away; the smallest other audience holding someone hides it too.
 * Audiences that hold nobody protect nothing and give nothing away (0 is not a person).
 */
export const planSuppression = (
  sizes: Map<string, BlockSizes>,
  total: BlockSizes,
  k: number,
): SuppressionPlan => {
  const audiences = new Map<string, Set<Block>>()
  for (const [audience, size] of sizes) {
    const hidden = new Set(blocks.filter((block) => size[block] < k))
    if (hidden.has('respondents')) hideAll(hidden)
    audiences.set(audience, hidden)
  }
  const totalHidden = new Set(blocks.filter((block) => total[block] < k))
  if (totalHidden.has('respondents')) hideAll(totalHidden)

  for (const block of blocks) {
    if (totalHidden.has(block)) continue
    const holding = [...sizes].filter(([, size]) => size[block] > 0)
    const hidden = holding.filter(([audience]) => audiences.get(audience)!.has(block))
    if (hidden.length !== 1) continue
    const [complement] = holding
      .filter(([audience]) => !audiences.get(audience)!.has(block))
      .sort(([a, sa], [b, sb]) => sa[block] - sb[block] || (a < b ? -1 : 1))
    if (!complement) {
      totalHidden.add(block)
      if (block === 'respondents') hideAll(totalHidden)
      continue
    }
    const complementHidden = audiences.get(complement[0])!
    complementHidden.add(block)
    if (block === 'respondents') hideAll(complementHidden)
  }
  return { audiences, total: totalHidden }
}
