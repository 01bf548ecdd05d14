import type { Document } from 'mongodb'

import type { SubmissionRecord } from '../records'
import type { MongoStoreCollections } from './mongoCollections'

import { isDeepStrictEqual } from 'node:util'

import { isDuplicateKeyError } from './mongoCollections'
import { submissionsOfRespondents } from './mongoFilters'
import { submissionToDocument } from './submissionDocument'

type Update = { $set?: Document; $unset?: Record<string, ''> }

const keyOf = (document: Document) =>
  `${String(document.campaign)}\u0000${String(document.respondent)}\u0000${String(document.phase)}`

/**
 * The fields that turn the stored document into the replacement (null when it already is it):
 * what `replaceOne` would change, as an update that many rows can share.
 */
export const submissionUpdate = (stored: Document, replacement: Document): null | Update => {
  const $set: Document = {}
  const $unset: Record<string, ''> = {}
  for (const [field, value] of Object.entries(replacement)) {
    if (field !== '_id' && !isDeepStrictEqual(stored[field], value)) $set[field] = value
  }
  for (const field of Object.keys(stored)) {
    if (field !== '_id' && !(field in replacement)) $unset[field] = ''
  }
  const update: Update = {}
  if (Object.keys($set).length > 0) update.$set = $set
  if (Object.keys($unset).length > 0) update.$unset = $unset
  return update.$set || update.$unset ? update : null
}

/** One text per distinct update, Dates told apart from strings, to group rows that share it. */
const updateText = (update: Update) =>
  JSON.stringify(update, function (this: Document, key: string, value: unknown) {
    const original = this[key]
    return original instanceof Date ? { $date: original.toISOString() } : value
  })

/**
 * Step 4: each planned row replaces its (campaign, respondent, phase), however often it runs.
 *
 * Rows are not sent as one `replaceOne` per row: FerretDB 1.24 takes a bulk `update` of many
 * statements superlinearly (20 statements 1.5 s, 50 over a minute, 500 over five minutes, by
 * `_id` as by the unique key), while one `updateMany` of 500 documents by `_id` takes about
 * 1.5 s. So the stored rows are read once, new rows are inserted in one `insertMany`, and the
 * stored ones are updated by `_id` with one `updateMany` per distinct change: a review's
 * decisions share theirs (status, reviewer, time), so a review of 500 is one or two commands.
 * Rows already as planned are left alone, which makes a replay after a crash a no-op.
 */
export const writeSubmissions = async (
  { submissions }: MongoStoreCollections,
  rows: SubmissionRecord[],
): Promise<void> => {
  if (rows.length === 0) return
  for (let attempt = 0; ; attempt += 1) {
    const stored = new Map(
      (await submissions.find(submissionsOfRespondents(rows)).toArray()).map((document) => [
        keyOf(document),
        document,
      ]),
    )
    const inserts: Document[] = []
    const groups = new Map<string, { ids: Document['_id'][]; update: Update }>()
    for (const row of rows) {
      const replacement = submissionToDocument(row)
      const existing = stored.get(keyOf(replacement))
      if (!existing) {
        inserts.push(replacement)
        continue
      }
      const update = submissionUpdate(existing, replacement)
      if (!update) continue
      const text = updateText(update)
      const group = groups.get(text) ?? { ids: [], update }
      group.ids.push(existing._id)
      groups.set(text, group)
    }
    // Distinct changes (a retake replaced by an earlier one) go one command each, for the reason
    // above; a batch has few of them.
    for (const { ids, update } of groups.values()) {
      await submissions.updateMany({ _id: { $in: ids } }, update)
    }
    if (inserts.length === 0) return
    try {
      await submissions.insertMany(inserts, { ordered: false })
      return
    } catch (error) {
      // Inserted by an earlier attempt of this part that died before it finished (or by a writer
      // that outlived its lease): read again and update those instead.
      if (!isDuplicateKeyError(error) || attempt > 0) throw error
    }
  }
}
