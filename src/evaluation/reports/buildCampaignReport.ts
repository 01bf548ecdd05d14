import type { CellRecord } from '../store/cellRecord'
import type { AudienceReport, CampaignReport } from './figureTypes'
import type { MasteryCount } from './mastery'
import type { MergedTallies } from './mergedTallies'
import type { BlockSizes } from './planSuppression'
import type { ReportCampaign } from './reportCampaign'

import { knowledgeFigures } from './knowledgeFigures'
import { masteryCount } from './mastery'
import { emptyTallies, mergeByAudience } from './mergedTallies'
import { planSuppression, type Block } from './planSuppression'
import { qualityFigures } from './qualityFigures'
import { reachFigures } from './reachFigures'
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

const rowReport = (row: Row, k: number): AudienceReport => {
  const sizes = sizesOf(row.tallies)
  // A phase hidden with nobody in it hides nothing: zero is not a person.
  const quality = qualityFigures(row.tallies.quality, {
    k,
    sizesHidden: (['pre', 'post', 'followup'] as const).some(
      (block) => row.hidden.has(block) && sizes[block] > 0,
    ),
  })
  return row.hidden.has('respondents')
    ? { audience: row.slug, quality, suppressed: true }
    : {
        audience: row.slug,
        knowledge: knowledgeFigures(row.tallies, row),
        quality,
        reach: reachFigures(row.tallies, row.reachTarget),
        suppressed: false,
      }
}

export type ReportOptions = {
  filters: Record<string, string>
  generatedAt?: Date
  k: number
  /** Only this audience (id); the campaign's other audiences are left out. */
  onlyAudience?: string
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
  { filters, generatedAt = new Date(), k, onlyAudience, quality = 'default' }: ReportOptions,
): CampaignReport => {
  const merged = mergeByAudience(cells, quality === 'all')
  const audienceIds = onlyAudience
    ? [onlyAudience]
    : [...new Set([...campaign.audiences, ...merged.audiences.keys()])]
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

  const plan = planSuppression(
    new Map([...rows].map(([id, row]) => [id, sizesOf(row.tallies)])),
    sizesOf(total.tallies),
    k,
  )
  for (const [id, row] of rows) row.hidden = plan.audiences.get(id) ?? new Set()
  total.hidden = plan.total

  return {
    audiences: [...rows.values()].map((row) => rowReport(row, k)),
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
    filters,
    generatedAt: generatedAt.toISOString(),
    k,
    quality,
    total: rowReport(total, k),
  }
}
