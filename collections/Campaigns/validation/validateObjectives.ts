import type { ArrayFieldValidation } from 'payload'

type ObjectiveRow = { audience?: null | number | string | { id: number | string } }

const idOf = (value: ObjectiveRow['audience']) =>
  value && typeof value === 'object' ? value.id : value

/** Objectives are per audience: each must name one of the campaign's audiences, once. */
export const validateObjectives: ArrayFieldValidation = (rows, { siblingData }) => {
  const audiences = (
    (siblingData as { audiences?: ObjectiveRow['audience'][] }).audiences ?? []
  ).map(idOf)
  const seen = new Set<number | string>()
  for (const [index, row] of ((rows ?? []) as ObjectiveRow[]).entries()) {
    const audience = idOf(row.audience)
    if (audience == null) continue
    if (!audiences.includes(audience)) {
      return `Objective ${index + 1} is for an audience the campaign does not target; add that audience first.`
    }
    if (seen.has(audience)) {
      return `Objective ${index + 1} repeats an audience; keep one objective per audience.`
    }
    seen.add(audience)
  }
  return true
}
