import type { AudienceReport, ItemFigure } from '../figureTypes'
import type { ReportColumn } from './column'

import { reportMethods } from '../reportMethods'
import { column } from './column'

const itemOf = (row: AudienceReport, key: string): ItemFigure | undefined =>
  row.suppressed ? undefined : row.knowledge.items.find((item) => item.item === key)

/** Three columns per item of the knowledge check: share right before and after, McNemar's p. */
export const itemColumns = (keys: string[]): ReportColumn[] =>
  keys.flatMap((key) => [
    ...(['pre', 'post'] as const).map((phase) =>
      column({
        header: `Item ${key}: right ${phase === 'pre' ? 'before' : 'after'} (%)`,
        kind: 'percent',
        meaning: `Share of those who answered item ${key} ${phase === 'pre' ? 'before' : 'after'} the content who answered it right.`,
        method: reportMethods['knowledge.items.{preCi,postCi}'],
        read: (row) => itemOf(row, key)?.[phase],
        variable: `knowledge.items.${key}.${phase}`,
      }),
    ),
    column({
      header: `Item ${key}: McNemar exact p`,
      kind: 'p',
      meaning: `Whether the respondents who changed their answer to item ${key} moved towards the right one more often than chance would (empty when nobody changed).`,
      method:
        'Exact McNemar test: two-sided binomial test of b out of b + c at ½, R binom.test(b, b + c)$p.value.',
      read: (row) => itemOf(row, key)?.mcnemar?.exactP,
      variable: `knowledge.items.${key}.mcnemar.exactP`,
    }),
  ])
