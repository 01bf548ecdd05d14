import type { AudienceReport, CampaignReport } from '../figureTypes'
import type { Objective } from '../reportCampaign'

import { channels } from '../../../domain/channels'
import { locales } from '../../../domain/locales'
import {
  changeSentence,
  hiddenBlocksSentence,
  masterySentence,
  reachSentence,
  retentionSentence,
  suppressedRowSentence,
} from '../../admin/overview/plainWords'
import { count, dateTime, day, isSuppressed, percent, points } from '../../admin/reports/format'

/** A figure of the summary's table: what it is, and its value as printed. */
export type SummaryFigure = { label: string; value: string }

/** One audience (or all audiences together) as a donor reads it: sentences first, then figures. */
export type SummaryAudience = {
  figures: SummaryFigure[]
  /** The objective the campaign set for this audience, in words; null when none is set. */
  objective: null | string
  /** The overview's sentences: reach, change, mastery, retention, what is hidden. */
  sentences: string[]
  /** Set when the whole row is suppressed: why, in the overview's words. */
  suppressed: null | string
  title: string
}

/** Everything the HTML and the PDF summary print, in the order they print it. */
export type DonorSummary = {
  audiences: SummaryAudience[]
  campaign: { slug: string; summary: null | string; title: string }
  /** The period and filters the figures cover, one phrase each. */
  covers: string[]
  generatedAt: string
  k: number
  methods: [string, string]
  /** The campaign's own period, e.g. "1 Dec 2026 to 31 Mar 2027". */
  period: string
  /** What is suppressed and why, for the whole summary. */
  suppression: string
}

/** What the summary needs besides the report: names, and what the campaign says of itself. */
export type SummaryContext = {
  audienceNames: Map<string, string>
  /** Objectives by audience slug. */
  objectives: Map<string, Objective>
  partnerName: null | string
  period: { end?: null | string; start?: null | string }
  summary: null | string
}

const moment = (value: string) =>
  /^\d{4}-\d{2}-\d{2}(?:T(?:00|12):00:00(?:\.000)?Z)?$/.test(value) ? day(value) : dateTime(value)

const campaignPeriod = ({ end, start }: SummaryContext['period']) =>
  start
    ? end
      ? `${moment(start)} to ${moment(end)}`
      : `from ${moment(start)}, no end date`
    : 'no period set'

const objectiveSentence = (objective: Objective | undefined): null | string =>
  objective === undefined
    ? null
    : `Objective: reach ${count(objective.reachTarget)} people; raise scores by ${points(objective.knowledgeGainTarget)}; pass mark ${percent(objective.passMark, 0)}.`

const figuresOf = (row: Extract<AudienceReport, { suppressed: false }>): SummaryFigure[] => {
  const { knowledge, reach } = row
  const hidden = 'hidden'
  const mean = (figure: typeof knowledge.pre) =>
    isSuppressed(figure) ? hidden : `${percent(figure.mean, 0)} (n = ${count(figure.n)})`
  const change = isSuppressed(knowledge.paired)
    ? isSuppressed(knowledge.unpaired)
      ? hidden
      : `${points(knowledge.unpaired.meanDiff)} (all before against all after)`
    : `${points(knowledge.paired.meanDiff)} (n = ${count(knowledge.paired.n)} answered both)`
  return [
    {
      label: 'People reached',
      value: `${count(reach.reached)}${reach.reachedError > 0 ? ` (± ${percent(reach.reachedError)})` : ''}`,
    },
    { label: 'Reach target', value: reach.target === null ? 'none set' : count(reach.target) },
    { label: 'Impressions', value: count(reach.impressions) },
    { label: 'Score before', value: mean(knowledge.pre) },
    { label: 'Score after', value: mean(knowledge.post) },
    { label: 'Change', value: change },
  ]
}

const audienceOf = (row: AudienceReport, k: number, context: SummaryContext): SummaryAudience => {
  const title =
    row.audience === null
      ? 'All audiences'
      : (context.audienceNames.get(row.audience) ?? row.audience)
  const objective =
    row.audience === null ? null : objectiveSentence(context.objectives.get(row.audience))
  if (row.suppressed) {
    return {
      figures: [],
      objective,
      sentences: [],
      suppressed: suppressedRowSentence(k, row.audience === null),
      title,
    }
  }
  const sentences = [
    reachSentence(row.reach),
    changeSentence(row.knowledge, k),
    masterySentence(row.knowledge.mastery),
    retentionSentence(row.knowledge.retention),
    hiddenBlocksSentence(row.knowledge, k),
  ].filter((sentence): sentence is string => sentence !== null)
  return { figures: figuresOf(row), objective, sentences, suppressed: null, title }
}

const coversOf = (report: CampaignReport, context: SummaryContext): string[] => {
  const { audience, channel, from, locale, partner, to } = report.filters
  const label = <T extends { label: string }>(list: readonly T[], pick: (item: T) => boolean) =>
    list.find(pick)?.label
  return [
    from || to
      ? `Period: ${from ? day(from) : 'the start'} to ${to ? day(to) : 'today'} (whole weeks, Monday to Sunday, UTC).`
      : 'Period: the whole campaign so far.',
    audience ? `Audience: ${context.audienceNames.get(audience) ?? audience} only.` : null,
    channel
      ? `Channel: ${label(channels, (item) => item.value === channel) ?? channel} only.`
      : null,
    locale ? `Language: ${label(locales, (item) => item.code === locale) ?? locale} only.` : null,
    partner ? `Partner: ${context.partnerName ?? `#${partner}`} only.` : null,
    report.quality === 'all'
      ? 'Knowledge checks: all received, flagged and excluded ones included.'
      : 'Knowledge checks: those accepted (ok or approved on review); flagged and excluded ones are left out.',
  ].filter((phrase): phrase is string => phrase !== null)
}

/**
 * A report as a donor reads it, from the protected report only (so the summary shows nothing the
 * report does not), worded with the overview's own sentences.
 */
export const donorSummary = (report: CampaignReport, context: SummaryContext): DonorSummary => {
  const { k } = report
  const rows = report.audiences.length > 1 ? [...report.audiences, report.total] : report.audiences
  return {
    audiences: rows.map((row) => audienceOf(row, k, context)),
    campaign: {
      slug: report.campaign.slug,
      summary: context.summary,
      title: report.campaign.title,
    },
    covers: coversOf(report, context),
    generatedAt: dateTime(report.generatedAt),
    k,
    methods: [
      'Reach counts unique people, not views, from the events partner sites, the widget and field uploads send; for large numbers it is an estimate whose error is shown as ±.',
      'Knowledge change compares the share of knowledge-check questions answered correctly before and after the campaign, for the same people where they answered both (paired t test, 95 % interval) and otherwise everyone before against everyone after (Welch’s t test).',
    ],
    period: campaignPeriod(context.period),
    suppression: `To protect respondents, no figure rests on fewer than ${k} people: such groups are hidden, and so is any figure that, with others, would let someone work out a smaller group by subtraction. Nothing here identifies anyone.`,
  }
}
