import type { ArrayFieldValidation } from 'payload'

type ChoiceRow = { correct?: boolean | null; key?: null | string }

/** An item is answerable only if it has 2–6 distinct choices and at least one correct one. */
export const validateChoices: ArrayFieldValidation = (rows) => {
  const choices = (rows ?? []) as ChoiceRow[]
  if (choices.length < 2 || choices.length > 6) return 'Give between 2 and 6 choices.'
  const keys = choices.map((choice) => choice.key)
  if (new Set(keys).size !== keys.length) return 'Each choice needs its own key.'
  if (!choices.some((choice) => choice.correct === true)) {
    return 'Mark at least one choice as correct.'
  }
  return true
}
