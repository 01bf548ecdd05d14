import type { CellRecord } from '../../store/cellRecord'
import type { Block } from '../planSuppression'

import { DistinctSketch } from '../../sketch'

/** The respondents of an additive block (a phase's checks, a kind of pair) one cell holds. */
const countIn = (block: Exclude<Block, 'respondents'>, cell: CellRecord): number => {
  switch (block) {
    case 'followup':
    case 'post':
    case 'pre':
      return cell.scores[block]?.n ?? 0
    case 'paired':
      return cell.pairs.prePost?.n ?? 0
    case 'retention':
      return cell.pairs.postFollowup?.n ?? 0
  }
}

/**
 * How many respondents a block of figures rests on over the cells added: the scored checks of a
 * phase, the pairs of a kind, or (the reach block) the distinct respondents reached and at least
 * everyone who took a check, as the report sizes a row. Distinct counts merge sketches, so a
 * person seen on several days counts once.
 */
export class BlockMeter {
  private readonly phases = [0, 0, 0]
  private reached: DistinctSketch | null = null
  private sum = 0

  constructor(private readonly block: Block) {}

  add(cell: CellRecord): this {
    if (this.block !== 'respondents') {
      this.sum += countIn(this.block, cell)
      return this
    }
    if (cell.sketches.reached) {
      this.reached ??= new DistinctSketch()
      this.reached.mergeBytes(Buffer.from(cell.sketches.reached, 'base64'))
    }
    this.phases[0] += cell.scores.pre?.n ?? 0
    this.phases[1] += cell.scores.post?.n ?? 0
    this.phases[2] += cell.scores.followup?.n ?? 0
    return this
  }

  value(): number {
    if (this.block !== 'respondents') return this.sum
    return Math.max(this.reached?.estimate().value ?? 0, ...this.phases)
  }
}

/** The respondents a block rests on over some cells (BlockMeter). */
export const blockWeight = (block: Block, cells: Iterable<CellRecord>): number => {
  const meter = new BlockMeter(block)
  for (const cell of cells) meter.add(cell)
  return meter.value()
}
