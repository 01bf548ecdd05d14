import type { ArrayFieldValidation } from 'payload'

type ItemRow = { key?: null | string }

/** Item keys tie answers and per-item statistics together across versions and languages. */
export const validateItems: ArrayFieldValidation = (rows) => {
  const keys = ((rows ?? []) as ItemRow[]).map((item) => item.key)
  if (keys.length === 0) return 'Add at least one item.'
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index)
  return duplicate ? `Item key "${duplicate}" is used twice; each item needs its own key.` : true
}
