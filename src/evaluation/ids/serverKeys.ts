import type { Payload } from 'payload'

import { derivedKey } from '../../secrets/derivedKey'

/**
 * Evaluation's keys derived from the server secret, one per purpose (src/secrets/derivedKey.ts).
 * Changing a purpose label re-keys everything made with it: the labels version the derivations.
 */
const purposes = {
  exportPseudonym: 'aware/evaluation/export-pseudonym/v1',
  fieldUploadId: 'aware/evaluation/field-upload-event-id/v1',
  pseudonym: 'aware/evaluation/respondent-pseudonym/v1',
  widgetSession: 'aware/evaluation/widget-session/v1',
} as const

export type ServerKeys = Record<keyof typeof purposes, Buffer>

export const serverKeysOf = (secret: string): ServerKeys => ({
  exportPseudonym: derivedKey(secret, purposes.exportPseudonym),
  fieldUploadId: derivedKey(secret, purposes.fieldUploadId),
  pseudonym: derivedKey(secret, purposes.pseudonym),
  widgetSession: derivedKey(secret, purposes.widgetSession),
})

const cache = new WeakMap<Payload, ServerKeys>()

/** The derived keys of a Payload instance's secret, computed once. */
export const serverKeysFor = (payload: Payload): ServerKeys => {
  let keys = cache.get(payload)
  if (!keys) {
    keys = serverKeysOf(payload.secret)
    cache.set(payload, keys)
  }
  return keys
}
