import type { Collection } from 'mongodb'

import { randomUUID } from 'node:crypto'

import type { StoredEvent } from '../records'
import type { JournalDocument } from './mongoCollections'

/** One campaign's share of a journaled batch: what appendPart.ts applies. */
export type AppendPart = {
  campaign: string
  events: StoredEvent[]
  /** The journal entry's id; it marks every row the part writes. */
  id: string
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
