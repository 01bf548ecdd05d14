import type { CollectionBeforeChangeHook, Payload } from 'payload'

/**
 * A document lock says who is editing; Payload takes the holder from the request body, so an
 * editor could lock a campaign in an administrator's name. The holder is always the caller.
 */
const holderIsTheCaller: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user ? { ...data, user: { relationTo: req.user.collection, value: req.user.id } } : data

/** Payload adds payload-locked-documents itself, after plugins, so the hook is added at init. */
export const lockDocumentsAsTheCaller = (payload: Payload): void => {
  const locks = payload.collections['payload-locked-documents']?.config
  if (!locks) return
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), holderIsTheCaller]
}
