import type { CellRecord } from '../store/cellRecord'
import type { AudienceReport, CampaignReport } from './figureTypes'
import type { MasteryCount } from './mastery'
import type { MergedTallies } from './mergedTallies'
import type { BlockSizes } from './planSuppression'
import type { ReportCampaign } from './reportCampaign'

import { knowledgeFigures } from './knowledgeFigures'
import { masteryCount } from './mastery'
import { emptyTallies, mergeByAudience } from './mergedTallies'
import type { GuardedBlock } from './disclosure/splittable'
import type { QualityFigures } from './qualityFigures'

import { protectQualityCounts } from './disclosure/protectQualityCounts'
import { blocks, planSuppression, type Block, type SuppressionPlan } from './planSuppression'
import { qualityFigures } from './qualityFigures'
import { reachFigures } from './reachFigures'
import { DEFAULT_PASS_MARK } from './reportCampaign'

const sizesOf = (tallies: MergedTallies): BlockSizes => ({
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

/** The quality counts of a row: unsuppressed (k = 1), or as shown at k. */
const qualityOf = (row: Row, k: number) => {
  const sizes = sizesOf(row.tallies)
  // A phase hidden with nobody in it hides nothing: zero is not a person.
  return qualityFigures(row.tallies.quality, {
    k,
    sizesHidden:
      k > 1 &&
      (['pre', 'post', 'followup'] as const).some(
        (block) => row.hidden.has(block) && sizes[block] > 0,
      ),
  })
}

const rowReport = (row: Row, quality: QualityFigures): AudienceReport =>
  row.hidden.has('respondents')
    ? { audience: row.slug, quality, suppressed: true }
    : {
        audience: row.slug,
        knowledge: knowledgeFigures(row.tallies, row),
        quality,
        reach: reachFigures(row.tallies, row.reachTarget),
        suppressed: false,
      }

export type ReportOptions = {
  filters: Record<string, string>
  generatedAt?: Date
  k: number
  /** What the unfiltered report hides: a filtered one hides it too (disclosure/splittable.ts). */
  forced?: SuppressionPlan
  /** Only this audience (id); the campaign's other audiences are left out. */
  onlyAudience?: string
  /** Blocks this report may not show: its filters would split a group under the deployment's k. */
  restricted?: ReadonlySet<GuardedBlock>
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
    filters,
    forced,
    generatedAt = new Date(),
    k,
    onlyAudience,
    quality = 'default',
    restricted = new Set(),
  }: ReportOptions,
): CampaignReport => {
  const { rows, total } = rowsOf(campaign, cells, quality, onlyAudience)
  const plan = planSuppression(
    new Map([...rows].map(([id, row]) => [id, sizesOf(row.tallies)])),
    sizesOf(total.tallies),
    k,
    forced,
  )
  for (const [id, row] of rows) row.hidden = plan.audiences.get(id) ?? new Set()
  total.hidden = plan.total
  for (const row of [...rows.values(), total]) {
    for (const block of blocks) if (restricted.has(block)) row.hidden.add(block)
    if (row.hidden.has('respondents')) for (const block of blocks) row.hidden.add(block)
  }
  const ordered = [...rows.values(), total]
  const shown = ordered.map((row) => qualityOf(row, k))
  protectQualityCounts(
    ordered.map((row) => qualityOf(row, 1)),
    shown,
    k,
    restricted.has('submissions'),
  )
  const reports = ordered.map((row, index) => rowReport(row, shown[index]))
  const totalReport = reports.pop()!
  // One audience: its row as the full report shows it, and as the total.
  const only = onlyAudience === undefined ? undefined : [...rows.keys()].indexOf(onlyAudience)

  return {
    audiences: only === undefined ? reports : [reports[only]],
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
    filters,
    generatedAt: generatedAt.toISOString(),
    k,
    quality,
    total: only === undefined ? totalReport : { ...reports[only], audience: null },
  }
}

/** The rows of a report before suppression: each audience of the campaign, and the total. */
const rowsOf = (
  campaign: ReportCampaign,
  cells: CellRecord[],
  quality: NonNullable<ReportOptions['quality']>,
  extraAudience?: string,
) => {
  const merged = mergeByAudience(cells, quality === 'all')
  const audienceIds = [
    ...new Set([
      ...campaign.audiences,
      ...merged.audiences.keys(),
      ...(extraAudience === undefined ? [] : [extraAudience]),
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

  return { rows, total }
}

/**
 * What the unfiltered report (default quality) hides at k: the suppression every filtered report
 * keeps, and the audience groups disclosure/splittable.ts checks.
 */
export const basePlanOf = (
  campaign: ReportCampaign,
  cells: CellRecord[],
  k: number,
): SuppressionPlan => {
  const { rows, total } = rowsOf(campaign, cells, 'default')
  return planSuppression(
    new Map([...rows].map(([id, row]) => [id, sizesOf(row.tallies)])),
    sizesOf(total.tallies),
    k,
  )
}
