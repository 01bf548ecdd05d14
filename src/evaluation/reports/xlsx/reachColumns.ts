import type { ReportColumn } from './column'

import { reportMethods } from '../reportMethods'
import { column, COUNTED, ESTIMATE, intervalColumns } from './column'

/** The row's label and whether it is shown. */
export const labelColumns: ReportColumn[] = [
  column({
    header: 'Audience',
    kind: 'text',
    meaning: 'The audience’s slug; "total" is the whole campaign (every audience together).',
    method: '—',
    read: (row) => row.audience ?? 'total',
    shownWhenSuppressed: true,
    variable: 'audience',
  }),
  column({
    header: 'Shown',
    kind: 'text',
    meaning:
      '"shown", or "suppressed" when the row rests on fewer than k respondents, or would let a reader work out a row that does (secondary suppression).',
    method: 'docs/evaluation.md, "Small cells and differencing".',
    read: (row) => (row.suppressed ? 'suppressed' : 'shown'),
    shownWhenSuppressed: true,
    variable: 'suppressed',
  }),
  column({
    header: 'Suppressed parts',
    kind: 'text',
    meaning:
      'Parts of a shown row hidden because they rest on too few respondents (their cells read "suppressed").',
    method: 'As for the row.',
    read: (row) => (row.suppressed ? 'suppressed' : row.knowledge.suppressed.join(', ')),
    variable: 'knowledge.suppressed',
  }),
]

const rateColumns = (name: 'cta' | 'engaged', words: string): ReportColumn[] => [
  column({
    header: `${words} (people)`,
    kind: 'count',
    meaning:
      name === 'engaged'
        ? 'People who read to the end or stayed long enough.'
        : 'People who used a hotline or report link.',
    method: ESTIMATE,
    path: `reach.${name}`,
  }),
  column({
    header: `${words}: share of reached (%)`,
    kind: 'percent',
    meaning: `${words} people among those reached.`,
    method: 'Estimated distinct counts divided.',
    path: `reach.${name}Rate`,
  }),
  ...intervalColumns({
    header: `${words}:`,
    kind: 'percent',
    method: reportMethods['reach.{engagedRateCi,ctaRateCi}'],
    of: 'the share',
    path: `reach.${name}RateCi`,
    unit: ' (%)',
  }),
]

export const reachColumns: ReportColumn[] = [
  column({
    header: 'Impressions',
    kind: 'count',
    meaning: 'Times the content was shown.',
    method: COUNTED,
    path: 'reach.impressions',
  }),
  column({
    header: 'People reached',
    kind: 'count',
    meaning: 'Distinct people shown the content.',
    method: ESTIMATE,
    path: 'reach.reached',
  }),
  column({
    header: 'People reached: error bound (%)',
    kind: 'percent',
    meaning: 'How far the estimate of people reached may be off, as a share of it (±, 95%).',
    method: '1.96 × the distinct-count sketch’s relative standard error; 0 when counted exactly.',
    path: 'reach.reachedError',
  }),
  column({
    header: 'Reach target',
    kind: 'count',
    meaning: 'People the campaign set out to reach in this audience.',
    method: 'From the campaign’s objectives.',
    path: 'reach.target',
  }),
  column({
    header: 'Reach: share of target (%)',
    kind: 'percent',
    meaning: 'People reached against the reach target.',
    method: 'Reached / target.',
    path: 'reach.attainment',
  }),
  ...rateColumns('engaged', 'Engaged'),
  ...rateColumns('cta', 'Used a hotline or link'),
  column({
    header: 'Checks completed',
    kind: 'count',
    meaning: 'Knowledge checks completed, every phase together.',
    method: COUNTED,
    path: 'reach.assessmentsCompleted',
  }),
]

const qualityColumn = (name: string, meaning: string): ReportColumn =>
  column({
    header: `Submissions ${name}`,
    kind: 'count',
    meaning: `${meaning} Empty when it would rest on fewer than k submissions or give a hidden count away.`,
    method: COUNTED,
    path: `quality.${name}`,
    shownWhenSuppressed: true,
  })

export const qualityColumns: ReportColumn[] = [
  qualityColumn('received', 'Submissions received, retakes included.'),
  qualityColumn('included', 'Submissions counted (ok and approved).'),
  qualityColumn('flagged', 'Submissions flagged and awaiting review.'),
  qualityColumn('excluded', 'Submissions excluded on review.'),
]
