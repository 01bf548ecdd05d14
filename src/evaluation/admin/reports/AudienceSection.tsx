'use client'

import React from 'react'

import type { AudienceReport } from '../../reports/figureTypes'

import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { suppressedRowSentence } from '../overview/plainWords'
import { KnowledgePanel } from './KnowledgePanel'
import { QualityNote } from './QualityNote'
import { ReachPanel } from './ReachPanel'

/** One row of the report: an audience, or all audiences together. */
export const AudienceSection: React.FC<{
  k: number
  label: string
  /** Each item's question, by key, in the reader's language. */
  questions: Record<string, string>
  row: AudienceReport
}> = ({ k, label, questions, row }) => {
  const words = useAdminWords()
  return (
    <section aria-label={label} className="aware-audience" data-audience={row.audience ?? 'total'}>
      <h3>{label}</h3>
      {row.suppressed ? (
        <p className="aware-suppressed" data-figure="suppressed">
          {suppressedRowSentence(k, row.audience === null, words)}
        </p>
      ) : (
        <div className="aware-audience__panels">
          <ReachPanel reach={row.reach} />
          <KnowledgePanel k={k} knowledge={row.knowledge} label={label} questions={questions} />
          {row.knowledge.suppressed.length > 0 && (
            <p className="aware-muted">
              {words.t('aware:reportSuppressedHere', {
                k: String(k),
                list: row.knowledge.suppressed.join(', '),
              })}
            </p>
          )}
        </div>
      )}
      <QualityNote quality={row.quality} />
    </section>
  )
}
