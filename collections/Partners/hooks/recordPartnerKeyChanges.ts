import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { StoredPartnerRow } from '../../../src/audit/partnerKeyKinds'
import type { Partner } from '../../../src/payload-types'

import { partnerKeyChanges } from '../../../src/audit/partnerKeyKinds'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { partnerKeysBefore, storedPartnerRow } from './rememberPartnerKeys'

const record = async (
  req: PayloadRequest,
  partner: Pick<Partner, 'id' | 'organisation'>,
  before: null | StoredPartnerRow,
  after: null | StoredPartnerRow,
) => {
  for (const { action, kind } of partnerKeyChanges(before, after)) {
    await recordAuditEvent(req, {
      action: `partner-key.${action}`,
      details: { kind },
      subject: { collection: 'partners', id: partner.id, label: partner.organisation },
      summary: `${action} the ${kind} key of ${partner.organisation}`,
    })
  }
}

/** Audits a key created, rotated (replaced) or revoked (disabled, or the partner deactivated). */
export const recordPartnerKeyChanges: CollectionAfterChangeHook<Partner> = async ({
  doc,
  operation,
  req,
}) => {
  const before = operation === 'create' ? null : partnerKeysBefore(req, doc.id)
  await record(req, doc, before, await storedPartnerRow(req, doc.id))
  return doc
}

/** A deleted partner's keys are revoked with it. */
export const recordPartnerKeysDeleted: CollectionAfterDeleteHook<Partner> = async ({
  doc,
  req,
}) => {
  await record(req, doc, partnerKeysBefore(req, doc.id), null)
}
