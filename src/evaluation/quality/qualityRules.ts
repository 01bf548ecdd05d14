import type { Environment } from '../../environment'
import type { QualityReason } from './qualityStatus'

/** The deployment's data-quality flags and their thresholds (see docs/evaluation.md). */
export type QualityRules = {
  /** A burst: at least this many completions from one sender in `burstSeconds`. */
  burstSubmissions: number
  burstSeconds: number
  /** The flags in use; a flag left out is never raised. */
  enabled: ReadonlySet<QualityReason>
  /** Too fast: fewer seconds than this per item since the session (or previous check) began. */
  minSecondsPerItem: number
}

/** The rules a deployment set (QUALITY_* settings). */
export const qualityRulesOf = (
  environment: Pick<
    Environment,
    'qualityBurstSeconds' | 'qualityBurstSubmissions' | 'qualityFlags' | 'qualityMinSecondsPerItem'
  >,
): QualityRules => ({
  burstSeconds: environment.qualityBurstSeconds,
  burstSubmissions: environment.qualityBurstSubmissions,
  enabled: new Set(environment.qualityFlags),
  minSecondsPerItem: environment.qualityMinSecondsPerItem,
})
