import { create } from 'xmlbuilder2'

import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { AudienceReport, CampaignReport, MeanFigure, Suppressed } from '../figureTypes'
import type { IatiActivity } from './loadIatiActivity'
import type { IatiReportingOrg } from './iatiReportingOrg'

import {
  activityDateType,
  activityStatus,
  descriptionType,
  indicatorMeasure,
  organisationRole,
  resultType,
} from './iatiCodelists'

export type IatiExport = {
  activity: IatiActivity & { identifier: string; summary: string }
  /** The report's language: ISO 639-1, as IATI's Language codelist. */
  language: string
  org: IatiReportingOrg
  /** The protected report (readCampaignReport): what it suppresses has no value here either. */
  report: CampaignReport
}

const percent = (share: number) => String(Math.round(share * 1000) / 10)

const shown = (figure: MeanFigure | Suppressed): MeanFigure | null =>
  'suppressed' in figure || figure.mean === null ? null : figure

const narrative = (parent: XMLBuilder, name: string, text: string) =>
  parent.ele(name).ele('narrative').txt(text).up().up()

const comment = (parent: XMLBuilder, text: string) => narrative(parent, 'comment', text)

/** The period the figures cover: the report's own, else the campaign's up to today. */
const periodOf = ({ activity, report }: IatiExport) => {
  const today = report.generatedAt.slice(0, 10)
  const start = report.filters.from ?? activity.period.start
  const campaignEnd =
    activity.period.end && activity.period.end < today ? activity.period.end : today
  const end = report.filters.to ?? campaignEnd
  return { end: end < start ? start : end, start }
}

const statusOf = ({ activity, report }: IatiExport) => {
  const today = report.generatedAt.slice(0, 10)
  if (activity.period.start > today) return activityStatus.pipeline
  if (activity.period.end && activity.period.end < today) return activityStatus.finalisation
  return activityStatus.implementation
}

type ResultContext = {
  nameOf: (row: AudienceReport) => string
  period: { end: string; start: string }
  suppressedNote: string
}

const indicatorPeriod = (indicator: XMLBuilder, period: ResultContext['period']) => {
  const element = indicator.ele('period')
  element.ele('period-start', { 'iso-date': period.start })
  element.ele('period-end', { 'iso-date': period.end })
  return element
}

/** People reached per audience (an Output): target the objective's, actual the estimate. */
const reachResult = (result: XMLBuilder, rows: AudienceReport[], context: ResultContext) => {
  narrative(result, 'title', 'People reached')
  for (const row of rows) {
    const indicator = result.ele('indicator', { ascending: '1', measure: indicatorMeasure.unit })
    narrative(indicator, 'title', `People reached: ${context.nameOf(row)}`)
    narrative(
      indicator,
      'description',
      'Unique respondents who saw the campaign (a distinct-count estimate, exact below 1,537).',
    )
    const at = indicatorPeriod(indicator, context.period)
    const target = row.suppressed ? null : row.reach.target
    if (target !== null) at.ele('target', { value: String(target) })
    if (row.suppressed) comment(at.ele('actual'), context.suppressedNote)
    else at.ele('actual', { value: String(row.reach.reached) })
  }
}

/** Knowledge-check scores per audience (an Outcome): baseline pre, actual post. */
const knowledgeResult = (result: XMLBuilder, rows: AudienceReport[], context: ResultContext) => {
  const { period, suppressedNote } = context
  narrative(result, 'title', 'Knowledge of the campaign’s messages')
  for (const row of rows) {
    const indicator = result.ele('indicator', {
      ascending: '1',
      measure: indicatorMeasure.percentage,
    })
    narrative(indicator, 'title', `Knowledge check score, % of items right: ${context.nameOf(row)}`)
    narrative(
      indicator,
      'description',
      'Mean share of knowledge-check items answered right: baseline before exposure (pre), actual after it (post).',
    )
    const pre = row.suppressed ? null : shown(row.knowledge.pre)
    const post = row.suppressed ? null : shown(row.knowledge.post)
    const gainTarget = row.suppressed ? null : row.knowledge.target
    const baseline = indicator.ele('baseline', {
      'iso-date': period.start,
      ...(pre ? { value: percent(pre.mean!) } : {}),
      year: period.start.slice(0, 4),
    })
    comment(baseline, pre ? `Before exposure, n = ${pre.n}.` : suppressedNote)
    const at = indicatorPeriod(indicator, period)
    if (gainTarget !== null && pre) {
      const target = at.ele('target', { value: percent(Math.min(1, pre.mean! + gainTarget)) })
      comment(
        target,
        `The baseline plus the campaign's target gain of ${percent(gainTarget)} points.`,
      )
    }
    const actual = at.ele('actual', post ? { value: percent(post.mean!) } : {})
    comment(actual, post ? `After exposure, n = ${post.n}.` : suppressedNote)
  }
}

/**
 * The campaign's results as one IATI 2.03 activity (iati-activities / iati-activity), elements in
 * the order the standard's schema sets: an Output result of people reached and an Outcome result of
 * knowledge-check scores (baseline = pre, actual = post), one indicator per audience, over the
 * report's period. A suppressed figure is never written: its element carries a comment instead of a
 * value. Built with xmlbuilder2, which escapes text and attributes and keeps the order of calls.
 */
export const iatiActivityXml = (input: IatiExport): string => {
  const { activity, language, org, report } = input
  const today = report.generatedAt.slice(0, 10)
  const period = periodOf(input)
  const suppressedNote = `Suppressed: fewer than ${report.k} respondents (small-cell protection).`
  const rows = report.audiences
  const nameOf = (row: AudienceReport) =>
    activity.audienceNames.get(row.audience ?? '') ?? row.audience ?? 'All audiences'

  const root = create({ encoding: 'UTF-8', version: '1.0' }).ele('iati-activities', {
    'generated-datetime': report.generatedAt,
    version: '2.03',
  })
  const node = root.ele('iati-activity', {
    'last-updated-datetime': report.generatedAt,
    'xml:lang': language,
  })
  node.ele('iati-identifier').txt(activity.identifier)
  node.ele('reporting-org', { ref: org.ref, type: org.type }).ele('narrative').txt(org.name)
  narrative(node, 'title', activity.title)
  node.ele('description', { type: descriptionType.general }).ele('narrative').txt(activity.summary)
  node
    .ele('participating-org', { ref: org.ref, role: organisationRole.implementing, type: org.type })
    .ele('narrative')
    .txt(org.name)
  node.ele('activity-status', { code: statusOf(input) })
  const dates: [string, string][] = [[activityDateType.plannedStart, activity.period.start]]
  if (activity.period.start <= today)
    dates.push([activityDateType.actualStart, activity.period.start])
  if (activity.period.end) {
    dates.push([activityDateType.plannedEnd, activity.period.end])
    if (activity.period.end < today) dates.push([activityDateType.actualEnd, activity.period.end])
  }
  for (const [type, isoDate] of dates) node.ele('activity-date', { 'iso-date': isoDate, type })

  const context = { nameOf, period, suppressedNote }
  reachResult(node.ele('result', { type: resultType.output }), rows, context)
  knowledgeResult(node.ele('result', { type: resultType.outcome }), rows, context)
  return root.end({ prettyPrint: true })
}
