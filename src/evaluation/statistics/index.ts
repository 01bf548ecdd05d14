export type { SampleSummary, SufficientStatistics } from './types.js'

export { binomialCdf, binomialPmf, binomialSurvival } from './distributions/binomial.js'
export { chiSquareCdf, chiSquareSurvival } from './distributions/chiSquare.js'
export { normalCdf, normalQuantile, normalSurvival } from './distributions/normal.js'
export {
  studentTCdf,
  studentTDensity,
  studentTQuantile,
  studentTTwoSidedP,
} from './distributions/studentT.js'
export { regularizedIncompleteBeta } from './special/incompleteBeta.js'
export { regularizedGammaP, regularizedGammaQ } from './special/incompleteGamma.js'
export { logBeta } from './special/logBeta.js'
export { logGamma } from './special/logGamma.js'

export {
  summarizeSample,
  summarizeSufficientStatistics,
  sufficientStatistics,
} from './sampleSummary.js'
export {
  meanInterval,
  meanIntervalFromSufficientStatistics,
  meanIntervalFromSummary,
} from './meanInterval.js'
export type { MeanInterval } from './meanInterval.js'

export { pairedTTest, pairedTTestFromDifferences, pairedTTestFromSummary } from './pairedTTest.js'
export type { PairedTTestResult } from './pairedTTest.js'
export {
  welchTTest,
  welchTTestFromSufficientStatistics,
  welchTTestFromSummaries,
} from './welchTTest.js'
export type { WelchTTestResult } from './welchTTest.js'
export { hedgesCorrection, hedgesG } from './hedgesG.js'

export { averageRanks } from './ranks.js'
export type { Ranking } from './ranks.js'
export { signedRankCdf, signedRankCounts } from './signedRankDistribution.js'
export { wilcoxonSignedRank, wilcoxonSignedRankFromDifferences } from './wilcoxonSignedRank.js'
export type { WilcoxonSignedRankResult } from './wilcoxonSignedRank.js'

export { binomialTestPValue } from './binomialTest.js'
export { mcnemarTest } from './mcnemarTest.js'
export type { McNemarResult } from './mcnemarTest.js'
export { wilsonInterval } from './wilsonInterval.js'
export type { WilsonInterval } from './wilsonInterval.js'
export { labelGain, normalizedGain } from './normalizedGain.js'
export type { GainLabel, NormalizedGain } from './normalizedGain.js'
