import React from 'react'

import type { KnowledgeFigures, MeanFigure, Suppressed } from '../../reports/figureTypes'

import {
  count,
  decimal,
  decimalInterval,
  isSuppressed,
  percent,
  percentInterval,
  points,
  pointsInterval,
  pValue,
} from './format'
import { changeSentence, masterySentence, retentionSentence } from '../overview/plainWords'
import { IntervalMethods } from './IntervalMethods'
import { ItemsTable } from './ItemsTable'
import { MeansChart } from './MeansChart'

const SUPPRESSED = <span className="aware-suppressed">suppressed (too few respondents)</span>

const meanRow = (label: string, figure: MeanFigure | Suppressed) => (
  <tr>
    <th scope="row">{label}</th>
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

/** Knowledge change for one row of the report, in the order an evaluator reads it. */
export const KnowledgePanel: React.FC<{
  k: number
  knowledge: KnowledgeFigures
  label: string
  /** Each item's question, by key, in the reader's language. */
  questions: Record<string, string>
}> = ({ k, knowledge, label, questions }) => {
  const { mastery, paired, retention, unpaired } = knowledge
  const sentences = [masterySentence(mastery), retentionSentence(retention)]
  return (
    <div className="aware-panel">
      <h4>Knowledge change</h4>
      <p className="aware-lead" data-figure="knowledge-sentence">
        {changeSentence(knowledge, k)}
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
        <summary>Details: intervals, tests and effect sizes</summary>
        <table className="aware-table aware-table--figures">
          <tbody>
            {meanRow('Pre', knowledge.pre)}
            {meanRow('Post', knowledge.post)}
            {meanRow('Follow-up', knowledge.followup)}
            <tr>
              <th scope="row">Paired change</th>
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
              <th scope="row">Unpaired change</th>
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
              <th scope="row">Normalized gain</th>
              <td>{decimal(knowledge.normalizedGain)}</td>
              <td data-figure="gain-ci">
                {knowledge.normalizedGainLabel ? `${knowledge.normalizedGainLabel} (Hake)` : ''}
                {knowledge.normalizedGainCi[0] !== null &&
                  `; ${decimalInterval(knowledge.normalizedGainCi)}`}
              </td>
            </tr>
            <tr>
              <th scope="row">
                Mastery{mastery.passMark !== null && ` (≥ ${percent(mastery.passMark, 0)})`}
              </th>
              <td colSpan={2}>
                pre:{' '}
                {isSuppressed(mastery.pre)
                  ? SUPPRESSED
                  : `${percent(mastery.pre.rate)} (${percentInterval(mastery.pre.ci)})`}
                ; post:{' '}
                {isSuppressed(mastery.post)
                  ? SUPPRESSED
                  : `${percent(mastery.post.rate)} (${percentInterval(mastery.post.ci)})`}
              </td>
            </tr>
            <tr>
              <th scope="row">Post to follow-up</th>
              {isSuppressed(retention) ? (
                <td colSpan={2}>{SUPPRESSED}</td>
              ) : (
                <>
                  <td>{points(retention.meanDiff)}</td>
                  <td>
                    follow-up minus post, n = {count(retention.n)}, p {pValue(retention.p)}
                  </td>
                </>
              )}
            </tr>
            <tr>
              <th scope="row">Target</th>
              <td data-figure="knowledge-target">
                {knowledge.target === null ? 'none set' : points(knowledge.target)}
              </td>
              <td>
                {knowledge.attainment !== null &&
                  `observed ${points(knowledge.observedGain)} (${knowledge.observedGainBasis ?? '–'} change): ${percent(knowledge.attainment, 0)} of the target`}
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
