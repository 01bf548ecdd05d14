import type { SubmissionRecord } from '../records'
import type { SqlRunner } from './sqlDialect'
import type { EvaluationTables } from './sqlTables'

import { rowToSubmission, submissionToRow } from './eventRows'
import {
  cachedText,
  columnList,
  inSlices,
  placeholders,
  selectColumns,
  valuesParams,
  valuesPlaceholders,
} from './statements'

type Submissions = EvaluationTables['submissions']

/** Every field of a submission row. */
export const submissionColumns = (submissions: Submissions) => selectColumns(submissions)

/** Every stored submission of these respondents (all phases), for pairs and retakes. */
export const readSubmissionsOf = async (
  db: SqlRunner,
  submissions: Submissions,
  respondents: Pick<SubmissionRecord, 'campaign' | 'respondent'>[],
): Promise<SubmissionRecord[]> => {
  const byCampaign = new Map<string, Set<string>>()
  for (const { campaign, respondent } of respondents) {
    byCampaign.set(campaign, (byCampaign.get(campaign) ?? new Set<string>()).add(respondent))
  }
  const { columns } = submissions
  const rows = []
  for (const [campaign, names] of byCampaign) {
    rows.push(
      ...(await inSlices([...names].sort(), (slice) => {
        const text = cachedText(
          `select-submissions-${slice.length}`,
          () =>
            `SELECT ${submissionColumns(submissions)} FROM ${submissions.table}
             WHERE ${columns.campaign} = ? AND ${columns.respondent} IN (${placeholders(slice.length)})`,
        )
        return db.all(text, [campaign, ...slice])
      })),
    )
  }
  return rows.map(rowToSubmission)
}

/** A sender's stored submissions for a campaign taken between two instants (bursts). */
export const readSubmissionsNear = async (
  db: SqlRunner,
  submissions: Submissions,
  window: { campaign: string; from: string; sender: string; to: string },
): Promise<SubmissionRecord[]> => {
  const { columns } = submissions
  const text = cachedText(
    'select-submissions-near',
    () =>
      `SELECT ${submissionColumns(submissions)} FROM ${submissions.table}
       WHERE ${columns.campaign} = ? AND ${columns.sender} = ?
         AND ${columns.occurredAt} >= ? AND ${columns.occurredAt} <= ?`,
  )
  const rows = await db.all(text, [window.campaign, window.sender, window.from, window.to])
  return rows.map(rowToSubmission)
}

/** Stored submissions by the key of their event (a review). */
export const readSubmissionsByEvent = async (
  db: SqlRunner,
  submissions: Submissions,
  events: string[],
): Promise<SubmissionRecord[]> => {
  const rows = await inSlices(events, (slice) => {
    const text = cachedText(
      `select-submissions-by-event-${slice.length}`,
      () =>
        `SELECT ${submissionColumns(submissions)} FROM ${submissions.table}
         WHERE ${submissions.columns.event} IN (${placeholders(slice.length)})`,
    )
    return db.all(text, slice)
  })
  return rows.map(rowToSubmission)
}

/**
 * Writes complete rows, inserting new ones and replacing those of the same campaign,
 * respondent and phase (a retake that was taken earlier, a changed status).
 */
export const writeSubmissions = async (
  db: SqlRunner,
  submissions: Submissions,
  records: SubmissionRecord[],
): Promise<void> => {
  const { columns } = submissions
  const unique = ['campaign', 'respondent', 'phase'] as const
  const assignments = submissions.fields
    .filter((field) => !(unique as readonly string[]).includes(field))
    .map((field) => `${columns[field]} = excluded.${columns[field]}`)
    .join(', ')
  await inSlices(records.map(submissionToRow), async (slice) => {
    const text = cachedText(
      `upsert-submissions-${slice.length}`,
      () =>
        `INSERT INTO ${submissions.table} ${columnList(submissions)}
         ${valuesPlaceholders(submissions, slice.length)}
         ON CONFLICT (${unique.map((field) => columns[field]).join(', ')})
         DO UPDATE SET ${assignments}`,
    )
    await db.run(text, valuesParams(submissions, slice))
    return []
  })
}
