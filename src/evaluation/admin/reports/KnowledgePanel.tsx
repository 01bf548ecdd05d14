'use client'

import React from 'react'

import type { KnowledgeFigures, MeanFigure, Suppressed } from '../../reports/figureTypes'

import { changeSentence, masterySentence, retentionSentence } from '../overview/plainWords'
import { isSuppressed } from './format'
import { IntervalMethods } from './IntervalMethods'
import { ItemsTable } from './ItemsTable'
import { MeansChart } from './MeansChart'
import { useFigureFormat } from './useFigureFormat'

const gainLabels = {
  high: 'aware:knowledgeGainHigh',
  low: 'aware:knowledgeGainLow',
  medium: 'aware:knowledgeGainMedium',
} as const

/** Knowledge change for one row of the report, in the order an evaluator reads it. */
export const KnowledgePanel: React.FC<{
  k: number
  knowledge: KnowledgeFigures
  label: string
  /** Each item's question, by key, in the reader's language. */
  questions: Record<string, string>
}> = ({ k, knowledge, label, questions }) => {
  const { format, words } = useFigureFormat()
  const { count, decimal, decimalInterval, percent, percentInterval } = format
  const { points, pointsInterval, pValue } = format
  const { t } = words
  const SUPPRESSED = <span className="aware-suppressed">{t('aware:knowledgeSuppressed')}</span>
  const meanRow = (rowLabel: string, figure: MeanFigure | Suppressed) => (
    <tr>
      <th scope="row">{rowLabel}</th>
      {isSuppressed(figure) ? (
        <td colSpan={2}>{SUPPRESSED}</td>
      ) : (
        <>
          <td>{percent(figure.mean)}</td>
          <td>
            {percentInterval(figure.ci)}, n = {count(figure.n)}
          </td>
        </>
      )}
    </tr>
  )
  const { mastery, paired, retention, unpaired } = knowledge
  const sentences = [masterySentence(mastery, words), retentionSentence(retention, words)]
  const gainLabel = knowledge.normalizedGainLabel
  return (
    <div className="aware-panel">
      <h4>{t('aware:knowledgeTitle')}</h4>
      <p className="aware-lead" data-figure="knowledge-sentence">
        {changeSentence(knowledge, k, words)}
      </p>
      {sentences.map(
        (sentence) =>
          sentence && (
            <p className="aware-lead" key={sentence}>
              {sentence}
            </p>
          ),
      )}
      <MeansChart knowledge={knowledge} label={label} />
      <details className="aware-details" data-details="statistics">
        <summary>{t('aware:knowledgeDetails')}</summary>
        <table className="aware-table aware-table--figures">
          <tbody>
            {meanRow(t('aware:knowledgePre'), knowledge.pre)}
            {meanRow(t('aware:knowledgePost'), knowledge.post)}
            {meanRow(t('aware:knowledgeFollowup'), knowledge.followup)}
            <tr>
              <th scope="row">{t('aware:knowledgePaired')}</th>
              {isSuppressed(paired) ? (
                <td colSpan={2}>{SUPPRESSED}</td>
              ) : (
                <>
                  <td data-figure="paired-change">{points(paired.meanDiff)}</td>
                  <td>
                    {pointsInterval(paired.ci)}, n = {count(paired.n)}; t({decimal(paired.df, 0)}) ={' '}
                    {decimal(paired.t)}, p {pValue(paired.p)}; d<sub>z</sub> = {decimal(paired.dz)}{' '}
                    <span data-figure="dz-ci">({decimalInterval(paired.dzCi)})</span>; Wilcoxon V ={' '}
                    {count(paired.wilcoxon.V)}, p {pValue(paired.wilcoxon.p)}
                  </td>
                </>
              )}
            </tr>
            <tr>
              <th scope="row">{t('aware:knowledgeUnpaired')}</th>
              {isSuppressed(unpaired) ? (
                <td colSpan={2}>{SUPPRESSED}</td>
              ) : (
                <>
                  <td>{points(unpaired.meanDiff)}</td>
                  <td>
                    {pointsInterval(unpaired.ci)}; Welch t({decimal(unpaired.df, 1)}) ={' '}
                    {decimal(unpaired.t)}, p {pValue(unpaired.p)}; Hedges’ g = {decimal(unpaired.g)}{' '}
                    <span data-figure="g-ci">({decimalInterval(unpaired.gCi)})</span>
                  </td>
                </>
              )}
            </tr>
            <tr>
              <th scope="row">{t('aware:knowledgeGain')}</th>
              <td>{decimal(knowledge.normalizedGain)}</td>
              <td data-figure="gain-ci">
                {gainLabel ? `${t(gainLabels[gainLabel])} (Hake)` : ''}
                {knowledge.normalizedGainCi[0] !== null &&
                  `; ${decimalInterval(knowledge.normalizedGainCi)}`}
              </td>
            </tr>
            <tr>
              <th scope="row">
                {t('aware:knowledgeMastery')}
                {mastery.passMark !== null && ` (≥ ${percent(mastery.passMark, 0)})`}
              </th>
              <td colSpan={2}>
                {isSuppressed(mastery.pre) ? (
                  <>
                    {t('aware:knowledgeMasteryPre', { figure: '' })}
                    {SUPPRESSED}
                  </>
                ) : (
                  t('aware:knowledgeMasteryPre', {
                    figure: `${percent(mastery.pre.rate)} (${percentInterval(mastery.pre.ci)})`,
                  })
                )}
                ;{' '}
                {isSuppressed(mastery.post) ? (
                  <>
                    {t('aware:knowledgeMasteryPost', { figure: '' })}
                    {SUPPRESSED}
                  </>
                ) : (
                  t('aware:knowledgeMasteryPost', {
                    figure: `${percent(mastery.post.rate)} (${percentInterval(mastery.post.ci)})`,
                  })
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('aware:knowledgeRetention')}</th>
              {isSuppressed(retention) ? (
                <td colSpan={2}>{SUPPRESSED}</td>
              ) : (
                <>
                  <td>{points(retention.meanDiff)}</td>
                  <td>
                    {t('aware:knowledgeRetentionDetail', {
                      n: count(retention.n),
                      p: pValue(retention.p),
                    })}
                  </td>
                </>
              )}
            </tr>
            <tr>
              <th scope="row">{t('aware:knowledgeTarget')}</th>
              <td data-figure="knowledge-target">
                {knowledge.target === null ? t('aware:reachNoTarget') : points(knowledge.target)}
              </td>
              <td>
                {knowledge.attainment !== null &&
                  t('aware:knowledgeObserved', {
                    basis:
                      knowledge.observedGainBasis === 'paired'
                        ? t('aware:knowledgeBasisPaired')
                        : knowledge.observedGainBasis === 'unpaired'
                          ? t('aware:knowledgeBasisUnpaired')
                          : '–',
                    gain: points(knowledge.observedGain),
                    share: percent(knowledge.attainment, 0),
                  })}
              </td>
            </tr>
          </tbody>
        </table>
      </details>
      <ItemsTable
        items={knowledge.items}
        questions={questions}
        reliability={knowledge.reliability}
      />
      <IntervalMethods />
    </div>
  )
}
