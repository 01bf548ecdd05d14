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
 * to the total, so total minus the visible rows gives the sum of the hidden ones; while that sum
 * rests on 1 to k − 1 respondents (one audience hidden alone, or two small ones together), the
 * smallest visible audience holding someone is hidden too (or, when none is left, the total).
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
    for (;;) {
      if (totalHidden.has(block)) break
      const holding = [...sizes].filter(([, size]) => size[block] > 0)
      const hiddenSum = holding
        .filter(([audience]) => audiences.get(audience)!.has(block))
        .reduce((sum, [, size]) => sum + size[block], 0)
      if (hiddenSum === 0 || hiddenSum >= k) break
      const [complement] = holding
        .filter(([audience]) => !audiences.get(audience)!.has(block))
        .sort(([a, sa], [b, sb]) => sa[block] - sb[block] || (a < b ? -1 : 1))
      const hidden = complement ? audiences.get(complement[0])! : totalHidden
      hidden.add(block)
      if (block === 'respondents') hideAll(hidden)
    }
  }
  return { audiences, total: totalHidden }
}
