import { snapToWeeks } from '../disclosure/weeks'

/** A comparison period once checked: whole ISO weeks, Monday to Sunday. */
export type ComparisonPeriod = { from: string; to: string }

/** The days a comparison may span: before 2000 or after 2099 is a typing slip, not a campaign. */
const EARLIEST = '2000-01-01'
const LATEST = '2099-12-31'

type Given = {
  compareFrom?: string
  compareTo?: string
  /** The report's own format and period, as sent (each already checked on its own). */
  format: string
  from?: string
  to?: string
}

/**
 * Checks `compareFrom` and `compareTo` (each already a calendar day, or absent) against the
 * report's period. Both or neither; the report has a period (`from` and `to`) to compare with;
 * from ≤ to; within 2000–2099; and, once both are widened to whole weeks, the two periods share no
 * week (docs/evaluation.md, "Comparing two periods", says why).
 */
export const checkComparison = ({
  compareFrom,
  compareTo,
  format,
  from,
  to,
}: Given): { compare?: ComparisonPeriod; errors: string[] } => {
  if (compareFrom === undefined && compareTo === undefined) return { errors: [] }
  if (compareFrom === undefined || compareTo === undefined) {
    return {
      errors: [
        'Give both "compareFrom" and "compareTo" (the comparison period’s first and last day), or neither.',
      ],
    }
  }
  const errors: string[] = []
  if (compareFrom > compareTo) {
    errors.push(`"compareFrom" (${compareFrom}) is after "compareTo" (${compareTo}).`)
  }
  for (const [name, day] of [
    ['compareFrom', compareFrom],
    ['compareTo', compareTo],
  ] as const) {
    if (day < EARLIEST || day > LATEST) {
      errors.push(`"${name}" must be a day from ${EARLIEST} to ${LATEST}, not ${day}.`)
    }
  }
  if (from === undefined || to === undefined) {
    errors.push(
      'A comparison period is set beside the report’s period: give "from" and "to" as well.',
    )
  }
  if (format !== 'json' && format !== 'csv') {
    errors.push(
      `A comparison comes as json or csv; format=${format} holds one period: leave out "compareFrom" and "compareTo".`,
    )
  }
  if (errors.length > 0 || from === undefined || to === undefined) return { errors }
  const period = snapToWeeks({ from, to }) as ComparisonPeriod
  const compare = snapToWeeks({ from: compareFrom, to: compareTo }) as ComparisonPeriod
  if (compare.from <= period.to && period.from <= compare.to) {
    return {
      errors: [
        `The comparison period (${compare.from} to ${compare.to}, in whole weeks) overlaps the report’s period (${period.from} to ${period.to}): compare two periods that share no week, such as the previous period or the same period last year.`,
      ],
    }
  }
  return { compare, errors: [] }
}
