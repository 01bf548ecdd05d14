import type { CellQuery } from '../eventStore'
import type { SubmissionRecord } from '../records'

export type MongoFilter = Record<string, unknown>

/** The report filters as a MongoDB query on the tallies (or submissions). */
export const cellQueryFilter = (query: CellQuery): MongoFilter => {
  const filter: MongoFilter = { campaign: query.campaign }
  if (query.audience !== undefined) filter.audience = query.audience
  if (query.channel !== undefined) filter.channel = query.channel
  if (query.locale !== undefined) filter.locale = query.locale
  if (query.partner !== undefined) filter.partner = query.partner
  if (query.from !== undefined || query.to !== undefined) {
    filter.day = {
      ...(query.from !== undefined ? { $gte: query.from } : {}),
      ...(query.to !== undefined ? { $lte: query.to } : {}),
    }
  }
  return filter
}

/** Every stored submission of these respondents, whatever the phase (for pairing). */
export const submissionsOfRespondents = (
  records: Pick<SubmissionRecord, 'campaign' | 'respondent'>[],
): MongoFilter => {
  const byCampaign = new Map<string, Set<string>>()
  for (const { campaign, respondent } of records) {
    byCampaign.set(campaign, (byCampaign.get(campaign) ?? new Set<string>()).add(respondent))
  }
  return {
    $or: [...byCampaign].map(([campaign, respondents]) => ({
      campaign,
      respondent: { $in: [...respondents].sort() },
    })),
  }
}
