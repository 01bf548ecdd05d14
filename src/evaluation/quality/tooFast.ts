import type { QualityRules } from './qualityRules'

/**
 * Too fast: a check completed in fewer than `minSecondsPerItem` seconds per item since its
 * start (the widget session's start, or the respondent's previous check). Without a start, or
 * with times known to the day only (paper sheets), nothing can be judged.
 */
export const isTooFast = (
  start: null | string,
  completedAt: string,
  items: number,
  rules: Pick<QualityRules, 'enabled' | 'minSecondsPerItem'>,
): boolean => {
  if (start === null || !rules.enabled.has('too-fast') || rules.minSecondsPerItem <= 0) return false
  const seconds = (Date.parse(completedAt) - Date.parse(start)) / 1000
  return seconds < items * rules.minSecondsPerItem
}
