import type { ReportColumn } from './column'

import { reportMethods } from '../reportMethods'
import { column, COUNTED, intervalColumns } from './column'

/** A mean with its n, SD and 95% interval: before, after and follow-up look alike. */
export const meanColumns = (phase: 'followup' | 'post' | 'pre', words: string): ReportColumn[] => [
  column({
    header: `${words}: respondents`,
    kind: 'count',
    meaning: `Respondents with a ${words.toLowerCase()} check.`,
    method: COUNTED,
    path: `knowledge.${phase}.n`,
  }),
  column({
    header: `${words}: mean score (%)`,
    kind: 'percent',
    meaning: `Average share of items answered correctly in the ${words.toLowerCase()} check.`,
    method: 'Mean of the scores (share of items right), as R mean().',
    path: `knowledge.${phase}.mean`,
  }),
  column({
    header: `${words}: SD (points)`,
    kind: 'points',
    meaning: 'Standard deviation of the scores.',
    method: 'Sample standard deviation (n − 1), as R sd().',
    path: `knowledge.${phase}.sd`,
  }),
  ...intervalColumns({
    header: `${words}:`,
    kind: 'percent',
    method: reportMethods['knowledge.{pre,post,followup}.ci'],
    of: 'the mean score',
    path: `knowledge.${phase}.ci`,
    unit: ' (%)',
  }),
]

const wilcoxonColumns = (block: 'paired' | 'retention', words: string): ReportColumn[] => [
  column({
    header: `${words}: Wilcoxon V`,
    kind: 'decimal',
    meaning:
      'Wilcoxon signed-rank statistic (sum of the ranks of the positive changes), the robust check.',
    method: 'R wilcox.test(…, paired = TRUE)$statistic.',
    path: `knowledge.${block}.wilcoxon.V`,
  }),
  column({
    header: `${words}: Wilcoxon p`,
    kind: 'p',
    meaning: 'Two-sided p-value of the Wilcoxon signed-rank test.',
    method:
      'R wilcox.test(…, paired = TRUE)$p.value: exact for small n without ties, else the normal approximation with continuity correction.',
    path: `knowledge.${block}.wilcoxon.p`,
  }),
]

/** The paired t test: t, df, p. */
const pairedTestColumns = (path: string, words: string): ReportColumn[] => [
  column({
    header: `${words}: t`,
    kind: 'decimal',
    meaning: 'Paired t statistic.',
    method: 'R t.test(…, paired = TRUE), two-sided.',
    path: `${path}.t`,
  }),
  column({
    header: `${words}: df`,
    kind: 'df',
    meaning: 'Degrees of freedom of the paired t test (pairs − 1).',
    method: 'n − 1.',
    path: `${path}.df`,
  }),
  column({
    header: `${words}: p`,
    kind: 'p',
    meaning:
      'Two-sided p-value of the paired t test: how surprising the change would be if there were none.',
    method: 'R t.test(…, paired = TRUE)$p.value.',
    path: `${path}.p`,
  }),
]

/** A paired change: post − pre, or follow-up − post for retention. */
export const pairedColumns = (block: 'paired' | 'retention', words: string): ReportColumn[] => {
  const paired = block === 'paired'
  const ciMethod = reportMethods[paired ? 'knowledge.paired.ci' : 'knowledge.retention.{ci,dzCi}']
  const dzMethod = reportMethods[paired ? 'knowledge.paired.dzCi' : 'knowledge.retention.{ci,dzCi}']
  const path = `knowledge.${block}`
  return [
    column({
      header: `${words}: pairs`,
      kind: 'count',
      meaning: 'Respondents who took both checks of the comparison.',
      method: COUNTED,
      path: `${path}.n`,
    }),
    column({
      header: `${words}: mean change (points)`,
      kind: 'points',
      meaning: 'Average change of a respondent’s score between the two checks.',
      method: 'Mean of the paired differences.',
      path: `${path}.meanDiff`,
    }),
    ...intervalColumns({
      header: `${words}:`,
      kind: 'points',
      method: ciMethod,
      of: 'the mean change',
      path: `${path}.ci`,
      unit: ' (points)',
    }),
    ...pairedTestColumns(path, words),
    column({
      header: `${words}: Cohen's d_z`,
      kind: 'decimal',
      meaning:
        'Size of the change: mean change divided by the SD of the changes (0.2 small, 0.5 medium, 0.8 large).',
      method: dzMethod,
      path: `${path}.dz`,
    }),
    ...intervalColumns({
      header: `${words}: d_z`,
      kind: 'decimal',
      method: dzMethod,
      of: 'd_z',
      path: `${path}.dzCi`,
    }),
    ...wilcoxonColumns(block, words),
  ]
}

/** All after against all before (separate samples), Welch's test and Hedges' g. */
export const unpairedColumns: ReportColumn[] = [
  column({
    header: 'Change (unpaired): after',
    kind: 'count',
    meaning: 'Respondents with an after check (every one, paired or not).',
    method: COUNTED,
    path: 'knowledge.unpaired.n1',
  }),
  column({
    header: 'Change (unpaired): before',
    kind: 'count',
    meaning: 'Respondents with a before check.',
    method: COUNTED,
    path: 'knowledge.unpaired.n2',
  }),
  column({
    header: 'Change (unpaired): mean change (points)',
    kind: 'points',
    meaning: 'Mean of all after scores minus mean of all before scores.',
    method: 'Difference of the phase means.',
    path: 'knowledge.unpaired.meanDiff',
  }),
  ...intervalColumns({
    header: 'Change (unpaired):',
    kind: 'points',
    method: reportMethods['knowledge.unpaired.ci'],
    of: 'the unpaired change',
    path: 'knowledge.unpaired.ci',
    unit: ' (points)',
  }),
  column({
    header: 'Change (unpaired): Welch t',
    kind: 'decimal',
    meaning: 'Welch t statistic.',
    method: 'R t.test(post, pre).',
    path: 'knowledge.unpaired.t',
  }),
  column({
    header: 'Change (unpaired): df',
    kind: 'df',
    meaning: 'Welch–Satterthwaite degrees of freedom.',
    method: 'R t.test(post, pre)$parameter.',
    path: 'knowledge.unpaired.df',
  }),
  column({
    header: 'Change (unpaired): p',
    kind: 'p',
    meaning: 'Two-sided p-value of Welch’s t test.',
    method: 'R t.test(post, pre)$p.value.',
    path: 'knowledge.unpaired.p',
  }),
  column({
    header: "Change (unpaired): Hedges' g",
    kind: 'decimal',
    meaning: 'Size of the unpaired change in pooled standard deviations, small-sample corrected.',
    method: reportMethods['knowledge.unpaired.gCi'],
    path: 'knowledge.unpaired.g',
  }),
  ...intervalColumns({
    header: 'Change (unpaired): g',
    kind: 'decimal',
    method: reportMethods['knowledge.unpaired.gCi'],
    of: "Hedges' g",
    path: 'knowledge.unpaired.gCi',
  }),
]
