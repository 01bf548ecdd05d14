import type { CellRecord } from '../store/cellRecord'
import type { AudienceReport, CampaignReport } from './figureTypes'
import type { MasteryCount } from './mastery'
import type { MergedTallies } from './mergedTallies'
import type { BlockSizes } from './planSuppression'
import type { ReportCampaign } from './reportCampaign'

import { knowledgeFigures } from './knowledgeFigures'
import { masteryCount } from './mastery'
import { emptyTallies, mergeByAudience } from './mergedTallies'
import type { QualityFigures } from './qualityFigures'

import { protectQualityCounts } from './disclosure/protectQualityCounts'
import { blocks, type Block, type SuppressionPlan } from './planSuppression'
import { qualityFigures, withheldQuality } from './qualityFigures'
import { reachFigures } from './reachFigures'
import { reportMethods } from './reportMethods'
import { DEFAULT_PASS_MARK } from './reportCampaign'

export const sizesOf = (tallies: MergedTallies): BlockSizes => ({
  followup: tallies.scores.followup.n,
  paired: tallies.pairs.prePost.n,
  post: tallies.scores.post.n,
  pre: tallies.scores.pre.n,
  // A row rests on at least everyone reached, and everyone in each phase (a sender may report
  // checks without the exposure events).
  respondents: Math.max(
    tallies.sketches.reached.estimate().value,
    tallies.scores.pre.n,
    tallies.scores.post.n,
    tallies.scores.followup.n,
  ),
  retention: tallies.pairs.postFollowup.n,
})

const addMastery = (a: MasteryCount, b: MasteryCount): MasteryCount => ({
  n: a.n + b.n,
  passed: a.passed + b.passed,
})

/** One value when every audience shares it, else null (a total has no single pass mark). */
const common = (values: number[]) =>
  values.length > 0 && values.every((value) => value === values[0]) ? values[0] : null

type Row = {
  checkItems: ReportCampaign['checkItems']
  hidden: Set<Block>
  mastery: { post: MasteryCount; pre: MasteryCount }
  passMark: null | number
  reachTarget: null | number
  /** null for the total row. */
  slug: null | string
  tallies: MergedTallies
  target: null | number
}

/** Phases of a row hidden while someone is in them: counts that add them up must hide too. */
const phasesHidden = (row: Row) => {
  const sizes = sizesOf(row.tallies)
  // A phase hidden with nobody in it hides nothing: zero is not a person.
  return (['pre', 'post', 'followup'] as const).some(
    (block) => row.hidden.has(block) && sizes[block] > 0,
  )
}

const rowReport = (row: Row, quality: QualityFigures): AudienceReport =>
  row.hidden.has('respondents')
    ? { audience: row.slug, quality, suppressed: true }
    : {
        audience: row.slug,
        knowledge: knowledgeFigures(row.tallies, row),
        quality,
        reach: reachFigures(row.tallies, row.reachTarget, phasesHidden(row)),
        suppressed: false,
      }

/** What a plan hides of a row, and whatever of it rests on fewer than k here. */
const hiddenOf = (planned: ReadonlySet<Block> | undefined, tallies: MergedTallies, k: number) => {
  const sizes = sizesOf(tallies)
  const hidden = new Set<Block>(planned ?? blocks)
  for (const block of blocks) if (sizes[block] < k) hidden.add(block)
  if (hidden.has('respondents')) for (const block of blocks) hidden.add(block)
  return hidden
}

export type ReportOptions = {
  /** A breakdown (channel, locale, partner or period): its rows carry no quality counts. */
  breakdown?: boolean
  filters: Record<string, string>
  generatedAt?: Date
  k: number
  /** Only this audience (id); the campaign's other audiences are left out. */
  onlyAudience?: string
  /** What the disclosure plan (disclosure/disclosurePlan.ts) lets this request show. */
  plan: SuppressionPlan
  /** `all` adds the figures of flagged and excluded submissions. */
  quality?: CampaignReport['quality']
}

/**
 * A campaign's report from its stored cells: per audience and in total, reach and knowledge
 * change with suppression applied. Its cost follows the number of cells, never of events.
 */
export const buildCampaignReport = (
  campaign: ReportCampaign,
  cells: CellRecord[],
  {
    breakdown = false,
    filters,
    generatedAt = new Date(),
    k,
    onlyAudience,
    plan,
    quality = 'default',
  }: ReportOptions,
): CampaignReport => {
  const merged = mergeByAudience(cells, quality === 'all')
  const audienceIds = [
    ...new Set([
      ...campaign.audiences,
      ...merged.audiences.keys(),
      ...(onlyAudience === undefined ? [] : [onlyAudience]),
    ]),
  ]
  const rows = new Map<string, Row>()
  for (const id of audienceIds) {
    const tallies = merged.audiences.get(id) ?? emptyTallies()
    const objective = campaign.objectives.get(id)
    const passMark = objective?.passMark ?? DEFAULT_PASS_MARK
    rows.set(id, {
      checkItems: campaign.checkItems,
      hidden: new Set(),
      mastery: {
        post: masteryCount(tallies.scores.post, passMark),
        pre: masteryCount(tallies.scores.pre, passMark),
      },
      passMark,
      reachTarget: objective?.reachTarget ?? null,
      slug: campaign.audienceSlugs.get(id) ?? id,
      tallies,
      target: objective?.knowledgeGainTarget ?? null,
    })
  }
  const objectives = audienceIds.map((id) => campaign.objectives.get(id))
  const total: Row = {
    checkItems: campaign.checkItems,
    hidden: new Set(),
    mastery: [...rows.values()].reduce(
      (sum, row) => ({
        post: addMastery(sum.post, row.mastery.post),
        pre: addMastery(sum.pre, row.mastery.pre),
      }),
      { post: { n: 0, passed: 0 }, pre: { n: 0, passed: 0 } },
    ),
    passMark: common([...rows.values()].map((row) => row.passMark ?? DEFAULT_PASS_MARK)),
    reachTarget: objectives.every((objective) => objective)
      ? objectives.reduce((sum, objective) => sum + (objective?.reachTarget ?? 0), 0)
      : null,
    slug: null,
    tallies: merged.total,
    target: objectives.every((objective) => objective)
      ? common(objectives.map((objective) => objective?.knowledgeGainTarget ?? 0))
      : null,
  }

  for (const [id, row] of rows) row.hidden = hiddenOf(plan.audiences.get(id), row.tallies, k)
  total.hidden = hiddenOf(plan.total, total.tallies, k)

  const ordered = [...rows.values(), total]
  const qualities = breakdown
    ? ordered.map(() => withheldQuality())
    : ordered.map((row) =>
        qualityFigures(row.tallies.quality, { k, sizesHidden: phasesHidden(row) }),
      )
  if (!breakdown) {
    // Secondary suppression of the counts: the rows add up to the total, count by count.
    const raw = ordered.map((row) =>
      qualityFigures(row.tallies.quality, { k: 1, sizesHidden: false }),
    )
    protectQualityCounts(raw, qualities, k)
  }
  const reports = ordered.map((row, index) => rowReport(row, qualities[index]))
  const totalReport = reports.pop()!
  // One audience: its row as the whole report shows it, which is also the total.
  const only = onlyAudience === undefined ? -1 : [...rows.keys()].indexOf(onlyAudience)

  return {
    audiences: only < 0 ? reports : [reports[only]],
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
    filters,
    generatedAt: generatedAt.toISOString(),
    k,
    methods: reportMethods,
    quality,
    total: only < 0 ? totalReport : { ...reports[only], audience: null },
  }
}
