import type { QualityStatus, ReviewDecision } from '../quality/qualityStatus'

import { qualityStatuses, reviewDecisions } from '../quality/qualityStatus'

export const MAX_REVIEW_PAGE = 200
export const MAX_DECISIONS = 500

export type ReviewListRequest = {
  campaign: string
  limit: number
  page: number
  statuses: QualityStatus[]
}

/** `held` lists everything reports leave out by default. */
const statusSets: Record<string, QualityStatus[]> = {
  held: ['flagged', 'excluded'],
  ...Object.fromEntries(qualityStatuses.map((status) => [status, [status]])),
}

const wholeNumber = (text: string | undefined, fallback: number, min: number, max: number) => {
  if (text === undefined) return fallback
  const number = Number(text)
  return /^\d+$/.test(text) && number >= min && number <= max ? number : null
}

/** GET /api/evaluation/review?campaign=…&status=flagged&page=1&limit=50, every problem worded. */
export const parseReviewList = (
  query: Record<string, unknown>,
): { errors: string[] } | { request: ReviewListRequest } => {
  const errors: string[] = []
  const text = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined)
  for (const name of Object.keys(query)) {
    if (!['campaign', 'limit', 'page', 'status'].includes(name)) {
      errors.push(
        `"${name}" is not a parameter of the review list; use campaign, status, page, limit.`,
      )
    }
  }
  const campaign = text('campaign')
  if (!campaign) errors.push('"campaign" is missing: give the campaign’s id or slug.')
  const statusName = text('status') ?? 'flagged'
  const statuses = statusSets[statusName]
  if (!statuses) {
    errors.push(
      `"status" must be one of ${Object.keys(statusSets).join(', ')}, not "${statusName}".`,
    )
  }
  const page = wholeNumber(text('page'), 1, 1, 1_000_000)
  if (page === null) errors.push('"page" must be a whole number from 1.')
  const limit = wholeNumber(text('limit'), 50, 1, MAX_REVIEW_PAGE)
  if (limit === null) errors.push(`"limit" must be a whole number from 1 to ${MAX_REVIEW_PAGE}.`)
  if (errors.length > 0 || !campaign || !statuses || page === null || limit === null) {
    return { errors }
  }
  return { request: { campaign, limit, page, statuses } }
}

export type ReviewDecisionRequest = { status: ReviewDecision; submissions: string[] }

/** POST /api/evaluation/review: {"status": "approved" | "excluded", "submissions": [keys]}. */
export const parseReviewDecision = (body: unknown): ReviewDecisionRequest | string => {
  const shape =
    'Send {"status": "approved" or "excluded", "submissions": ["<submission>", …]} as JSON, ' +
    `with 1 to ${MAX_DECISIONS} submissions from the review list.`
  if (!body || typeof body !== 'object') return shape
  const { status, submissions } = body as Record<string, unknown>
  if (typeof status !== 'string' || !(reviewDecisions as readonly string[]).includes(status)) {
    return `"status" must be approved or excluded. ${shape}`
  }
  if (
    !Array.isArray(submissions) ||
    submissions.length === 0 ||
    submissions.length > MAX_DECISIONS ||
    !submissions.every((key) => typeof key === 'string' && key.length > 0 && key.length <= 300)
  ) {
    return `"submissions" must list 1 to ${MAX_DECISIONS} submissions. ${shape}`
  }
  return { status: status as ReviewDecision, submissions: [...new Set(submissions as string[])] }
}
