/**
 * The kinds of key a partner may hold, each read from the partner's stored row (raw, so the
 * secret's index is visible): a fingerprint that changes when the key is replaced, null when the
 * partner has no usable key of that kind. A new kind of key is one more line here.
 */
export type StoredPartnerRow = Record<string, unknown> & {
  active?: boolean | null
  id: number | string
}

export type PartnerKeyKind = {
  fingerprint: (row: StoredPartnerRow) => null | string
  kind: string
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)

export const partnerKeyKinds: PartnerKeyKind[] = [
  { fingerprint: (row) => (row.enableAPIKey ? text(row.apiKeyIndex) : null), kind: 'secret' },
]

export type PartnerKeyChange = { action: 'created' | 'revoked' | 'rotated'; kind: string }

/** What happened to each kind of key between two stored rows (null: the partner did not exist). */
export const partnerKeyChanges = (
  before: null | StoredPartnerRow,
  after: null | StoredPartnerRow,
): PartnerKeyChange[] => {
  const usable = (row: null | StoredPartnerRow, kind: PartnerKeyKind) =>
    row && row.active !== false ? kind.fingerprint(row) : null
  return partnerKeyKinds.flatMap((kind): PartnerKeyChange[] => {
    const old = usable(before, kind)
    const current = usable(after, kind)
    if (old === current) return []
    if (old === null) return [{ action: 'created', kind: kind.kind }]
    if (current === null) return [{ action: 'revoked', kind: kind.kind }]
    return [{ action: 'rotated', kind: kind.kind }]
  })
}
