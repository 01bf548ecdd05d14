export type { SampleSummary, SufficientStatistics } from './types'

export { binomialCdf, binomialPmf, binomialSurvival } from './distributions/binomial'
export { chiSquareCdf, chiSquareSurvival } from './distributions/chiSquare'
export { noncentralTCdf } from './distributions/noncentralT'
export { normalCdf, normalQuantile, normalSurvival } from './distributions/normal'
export {
  studentTCdf,
  studentTDensity,
  studentTQuantile,
  studentTTwoSidedP,
} from './distributions/studentT'
export { regularizedIncompleteBeta } from './special/incompleteBeta'
export { regularizedGammaP, regularizedGammaQ } from './special/incompleteGamma'
export { logBeta } from './special/logBeta'
export { logGamma } from './special/logGamma'

export {
  summarizeSample,
  summarizeSufficientStatistics,
  sufficientStatistics,
} from './sampleSummary'
export {
  meanInterval,
  meanIntervalFromSufficientStatistics,
  meanIntervalFromSummary,
} from './meanInterval'
export type { MeanInterval } from './meanInterval'

export { pairedTTest, pairedTTestFromDifferences, pairedTTestFromSummary } from './pairedTTest'
export type { PairedTTestResult } from './pairedTTest'
export {
  welchTTest,
  welchTTestFromSufficientStatistics,
  welchTTestFromSummaries,
} from './welchTTest'
export type { WelchTTestResult } from './welchTTest'
export { hedgesCorrection, hedgesG } from './hedgesG'

export { averageRanks } from './ranks'
export type { Ranking } from './ranks'
export { signedRankCdf, signedRankCounts } from './signedRankDistribution'
export { wilcoxonSignedRank, wilcoxonSignedRankFromDifferences } from './wilcoxonSignedRank'
export type { WilcoxonSignedRankResult } from './wilcoxonSignedRank'

export { binomialTestPValue } from './binomialTest'
export { mcnemarTest } from './mcnemarTest'
export type { McNemarResult } from './mcnemarTest'
export { wilsonInterval } from './wilsonInterval'
export type { WilsonInterval } from './wilsonInterval'
export { labelGain, normalizedGain, normalizedGainInterval } from './normalizedGain'
export type { GainLabel, NormalizedGain, NormalizedGainInterval } from './normalizedGain'
export { cohensDzInterval, hedgesGInterval } from './effectSizeIntervals'
export type { EffectSizeInterval } from './effectSizeIntervals'
export { noncentralityInterval } from './noncentralityInterval'
export { correctedItemTotalCorrelation, itemSums, kr20 } from './itemStatistics'
export type { ItemSums } from './itemStatistics'
