import type { ReportColumn } from './column'

import { reportMethods } from '../reportMethods'
import { column, COUNTED, intervalColumns } from './column'

/** Hake's normalized gain, the gain against its target, mastery and reliability. */
export const targetColumns: ReportColumn[] = [
  column({
    header: 'Normalized gain (Hake)',
    kind: 'decimal',
    meaning:
      'Share of the possible improvement achieved: (after − before) / (1 − before); low < 0.3, medium 0.3–0.7, high > 0.7.',
    method: reportMethods['knowledge.normalizedGainCi'],
    path: 'knowledge.normalizedGain',
  }),
  ...intervalColumns({
    header: 'Normalized gain:',
    kind: 'decimal',
    method: reportMethods['knowledge.normalizedGainCi'],
    of: 'the normalized gain',
    path: 'knowledge.normalizedGainCi',
  }),
  column({
    header: 'Normalized gain: label',
    kind: 'text',
    meaning: 'low, medium or high (Hake 1998).',
    method: 'Hake’s bands.',
    path: 'knowledge.normalizedGainLabel',
  }),
  column({
    header: 'Knowledge gain (points)',
    kind: 'points',
    meaning: 'The change the target is measured by: the paired mean change, else the unpaired one.',
    method: 'See "Knowledge gain basis".',
    path: 'knowledge.observedGain',
  }),
  column({
    header: 'Knowledge gain basis',
    kind: 'text',
    meaning: 'paired or unpaired.',
    method: '—',
    path: 'knowledge.observedGainBasis',
  }),
  column({
    header: 'Knowledge gain target (points)',
    kind: 'points',
    meaning: 'The gain the campaign set out to achieve.',
    method: 'From the campaign’s objectives.',
    path: 'knowledge.target',
  }),
  column({
    header: 'Knowledge gain: share of target (%)',
    kind: 'percent',
    meaning: 'Knowledge gain against its target.',
    method: 'Gain / target.',
    path: 'knowledge.attainment',
  }),
  column({
    header: 'Pass mark (%)',
    kind: 'percent',
    meaning: 'The score at or above which a respondent has mastered the content.',
    method: 'From the campaign’s objectives.',
    path: 'knowledge.mastery.passMark',
  }),
  ...(['pre', 'post'] as const).flatMap((phase) => {
    const words = phase === 'pre' ? 'before' : 'after'
    return [
      column({
        header: `Mastery ${words} (%)`,
        kind: 'percent',
        meaning: `Share of respondents at or above the pass mark ${words} the content.`,
        method: COUNTED,
        path: `knowledge.mastery.${phase}.rate`,
      }),
      ...intervalColumns({
        header: `Mastery ${words}:`,
        kind: 'percent',
        method: reportMethods['knowledge.mastery.{pre,post}.ci'],
        of: 'the mastery share',
        path: `knowledge.mastery.${phase}.ci`,
        unit: ' (%)',
      }),
      column({
        header: `Reliability ${words} (KR-20)`,
        kind: 'decimal',
        meaning:
          'Internal consistency of the knowledge check (0–1; 0.7 or more is usually wanted).',
        method: 'Kuder–Richardson 20, as R psych::alpha on 0/1 items.',
        path: `knowledge.reliability.${phase}.kr20`,
      }),
    ]
  }),
]
