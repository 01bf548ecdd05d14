import type { SubmissionRecord } from '../store/records'

import { assessmentPhases } from '../events/wireEvent'

/**
 * One row per submission, in the codebook's column order, from what the store keeps: the
 * export's pseudonym, never the stored one; no partner, sender, event id, time of day or
 * free text. Rows are sorted by pseudonym, then phase, so their order gives away neither when
 * they arrived nor who sent them.
 */
export const submissionRows = (
  submissions: SubmissionRecord[],
  {
    audienceSlugs,
    items,
    pseudonymOf,
  }: {
    audienceSlugs: ReadonlyMap<string, string>
    items: { key: string }[]
    pseudonymOf: (stored: string) => string
  },
): (number | string)[][] =>
  submissions
    .map((submission) => [
      pseudonymOf(submission.respondent),
      audienceSlugs.get(submission.audience) ?? submission.audience,
      submission.channel,
      submission.locale,
      submission.phase,
      Math.round(submission.score * 10_000) / 10_000,
      submission.status,
      ...items.map(({ key }) => (submission.choices[key] ?? []).join(';')),
    ])
    .sort(
      (a, b) =>
        String(a[0]).localeCompare(String(b[0])) ||
        assessmentPhases.indexOf(a[4] as SubmissionRecord['phase']) -
          assessmentPhases.indexOf(b[4] as SubmissionRecord['phase']),
    )
