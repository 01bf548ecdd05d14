/** What scoring needs from one revision of an assessment. */
export type AnswerKeyItem = {
  choices: string[]
  correct: string[]
  /** Explanation by locale code. */
  explanations: Record<string, string>
  key: string
}

export type AnswerKey = {
  assessment: string
  items: AnswerKeyItem[]
  revision: number
}
