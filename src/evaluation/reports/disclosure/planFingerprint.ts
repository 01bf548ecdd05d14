import { createHash } from 'node:crypto'

import type { CellRecord } from '../../store/cellRecord'

const SEPARATOR = '\u0000'

/**
 * A digest of exactly what a disclosure plan reads: the audiences in their order and, per cell,
 * where it sits (audience, inclusion, channel, locale, partner, day) and the respondents of each
 * block (the reached sketch, each phase's and each pair kind's n). Any event, review or campaign
 * edit that could change a plan changes it; one that cannot (another impression of someone
 * already reached) leaves it as it was. Computed from the cells each instance reads itself, so no
 * instance can use another's stale plan.
 */
export const planFingerprint = (
  cells: readonly CellRecord[],
  audiences: readonly string[],
): string => {
  const hash = createHash('sha256')
  hash.update(audiences.join(SEPARATOR))
  const rows = cells.map((cell) =>
    [
      cell.audience,
      cell.inclusion,
      cell.channel,
      cell.locale,
      cell.partner ?? '',
      cell.day,
      cell.scores.pre?.n ?? 0,
      cell.scores.post?.n ?? 0,
      cell.scores.followup?.n ?? 0,
      cell.pairs.prePost?.n ?? 0,
      cell.pairs.postFollowup?.n ?? 0,
      cell.sketches.reached ?? '',
    ].join(SEPARATOR),
  )
  // The store's order is not promised: the same cells read twice give the same digest.
  rows.sort()
  for (const row of rows) hash.update(`\n${row}`)
  return hash.digest('base64url')
}
