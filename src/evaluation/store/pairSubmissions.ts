import type { PairKind } from './cellRecord'
import type { SubmissionRecord } from './records'

import { pairKinds, pairPhases } from './cellRecord'

export type SubmissionPair = { after: SubmissionRecord; before: SubmissionRecord; kind: PairKind }

const respondentKey = (record: SubmissionRecord) => `${record.campaign}|${record.respondent}`

/**
 * The pairs that the newly counted submissions complete. `stored` holds every submission of the
 * respondents concerned as the database has them after this batch's inserts (new ones included).
 * Every pair found has a new half, because it is looked up from one, so a pair whose halves were
 * both stored earlier is never formed again; a pre and a post arriving together pair once.
 */
export const pairSubmissions = (
  counted: SubmissionRecord[],
  stored: SubmissionRecord[],
): SubmissionPair[] => {
  const byRespondent = new Map<string, Map<string, SubmissionRecord>>()
  for (const record of stored) {
    const phases = byRespondent.get(respondentKey(record)) ?? new Map<string, SubmissionRecord>()
    phases.set(record.phase, record)
    byRespondent.set(respondentKey(record), phases)
  }
  const pairs: SubmissionPair[] = []
  const seen = new Set<string>()
  for (const record of counted) {
    const phases = byRespondent.get(respondentKey(record))
    if (!phases) continue
    for (const kind of pairKinds) {
      const { after, before } = pairPhases[kind]
      if (record.phase !== after && record.phase !== before) continue
      const pairKey = `${respondentKey(record)}|${kind}`
      if (seen.has(pairKey)) continue
      const beforeRecord = phases.get(before)
      const afterRecord = phases.get(after)
      if (!beforeRecord || !afterRecord) continue
      seen.add(pairKey)
      pairs.push({ after: afterRecord, before: beforeRecord, kind })
    }
  }
  return pairs
}
