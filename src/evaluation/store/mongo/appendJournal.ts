import type { Collection } from 'mongodb'

import { randomUUID } from 'node:crypto'

import type { ReviewDecision } from '../../quality/qualityStatus'
import type { SubmissionPlan } from '../planSubmissions'
import type { StoredEvent } from '../records'
import type { JournalDocument } from './mongoCollections'

/** An evaluator's decisions as the journal keeps them. */
export type JournaledReview = {
  decisions: [string, ReviewDecision][]
  reviewedAt: string
  reviewer: string
}

/**
 * One campaign's share of a journaled batch (or of a review): what appendPart.ts applies. `plan`
 * is the part's plan once written down (see appendPart.ts), so a retry applies the same one.
 */
export type AppendPart = {
  campaign: string
  events: StoredEvent[]
  /** The journal entry's id; it marks every row the part writes. */
  id: string
  plan?: SubmissionPlan
  review?: JournaledReview
}

type StoredPlan = Omit<SubmissionPlan, 'heldEvents'> & { heldEvents: string[] }

const planText = (plan: SubmissionPlan): string =>
  JSON.stringify({ ...plan, heldEvents: [...plan.heldEvents] } satisfies StoredPlan)

const planOf = (text: string | undefined): SubmissionPlan | undefined => {
  if (text === undefined) return undefined
  const stored = JSON.parse(text) as StoredPlan
  return { ...stored, heldEvents: new Set(stored.heldEvents) }
}

/** Writes a part's plan into its journal entry before anything the plan describes is written. */
export const recordPlan = async (
  journal: Collection<JournalDocument>,
  part: Pick<AppendPart, 'campaign' | 'id'>,
  plan: SubmissionPlan,
): Promise<void> => {
  await journal.updateOne(
    { _id: part.id },
    { $set: { [`plans.${part.campaign}`]: planText(plan) } },
  )
}

/** A review written down before it is applied, one part per campaign it touches. */
export const journalReview = async (
  journal: Collection<JournalDocument>,
  review: JournaledReview,
  campaigns: string[],
): Promise<AppendPart[]> => {
  const id = randomUUID()
  const pending = [...new Set(campaigns)].sort()
  await journal.insertOne({
    _id: id,
    createdAt: new Date(),
    events: '[]',
    pending,
    review: JSON.stringify(review),
  })
  return pending.map((campaign) => ({ campaign, events: [], id, review }))
}

/**
 * The write-ahead record of a batch. Written before anything else, so a writer that dies halfway
 * leaves the whole batch on record, and whoever next writes the campaign (or the next start)
 * finishes it: the client that lost its answer then finds every event a duplicate, never half.
 */
export const journalBatch = async (
  journal: Collection<JournalDocument>,
  events: StoredEvent[],
): Promise<AppendPart[]> => {
  const id = randomUUID()
  const campaigns = [...new Set(events.map((event) => event.campaign))].sort()
  await journal.insertOne({
    _id: id,
    createdAt: new Date(),
    events: JSON.stringify(events),
    pending: campaigns,
  })
  return campaigns.map((campaign) => ({
    campaign,
    events: events.filter((event) => event.campaign === campaign),
    id,
  }))
}

/** Every part of a campaign still to apply, oldest first (the caller holds its lease). */
export const pendingParts = async (
  journal: Collection<JournalDocument>,
  campaign: string,
): Promise<AppendPart[]> => {
  const entries = await journal.find({ pending: campaign }).sort({ createdAt: 1, _id: 1 }).toArray()
  return entries.map((entry) => ({
    campaign,
    events: (JSON.parse(entry.events) as StoredEvent[]).filter(
      (event) => event.campaign === campaign,
    ),
    id: entry._id,
    plan: planOf(entry.plans?.[campaign]),
    review: entry.review ? (JSON.parse(entry.review) as JournaledReview) : undefined,
  }))
}

/** Campaigns with parts still to apply, for the recovery at start. */
export const campaignsPending = async (journal: Collection<JournalDocument>): Promise<string[]> =>
  (await journal.distinct('pending')).map(String).sort()

export const isPending = async (
  journal: Collection<JournalDocument>,
  part: Pick<AppendPart, 'campaign' | 'id'>,
): Promise<boolean> => (await journal.countDocuments({ _id: part.id, pending: part.campaign })) > 0

/** Marks a part applied, and forgets the batch once all its parts are. */
export const completePart = async (
  journal: Collection<JournalDocument>,
  part: Pick<AppendPart, 'campaign' | 'id'>,
): Promise<void> => {
  await journal.updateOne({ _id: part.id }, { $pull: { pending: part.campaign } })
  await journal.deleteOne({ _id: part.id, pending: { $size: 0 } })
}
