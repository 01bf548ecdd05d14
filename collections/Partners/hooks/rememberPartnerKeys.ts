import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import type { StoredPartnerRow } from '../../../src/audit/partnerKeyKinds'

const contextKey = (id: number | string) => `partnerKeysBefore:${String(id)}`

/** The partner's stored row, hidden key fields included (the Local API never returns them). */
export const storedPartnerRow = (req: PayloadRequest, id: number | string) =>
  req.payload.db.findOne<StoredPartnerRow>({
    collection: 'partners',
    req,
    where: { id: { equals: id } },
  })

export const partnerKeysBefore = (req: PayloadRequest, id: number | string) =>
  (req.context[contextKey(id)] as null | StoredPartnerRow | undefined) ?? null

const remember = async (req: PayloadRequest, id: number | string) => {
  req.context[contextKey(id)] = await storedPartnerRow(req, id)
}

/** Keeps the keys as they were, so the change after the save can be told (and audited). */
export const rememberPartnerKeysBeforeChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) await remember(req, originalDoc.id)
  return data
}

export const rememberPartnerKeysBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await remember(req, id)
}
