import type { KnowledgeCheck } from './evaluation'
import type { Respondent } from './population'

export type ItemTruth = { b: number; c: number; postRight: number; preRight: number }

/** What a report must say about a group of simulated respondents, counted from scratch. */
export type Truth = {
  assessmentsCompleted: number
  cta: number
  engaged: number
  impressions: number
  items: Map<string, ItemTruth>
  /** Differences post − pre of the paired respondents, as exact fractions of the item count. */
  pairedDifferences: number[]
  pairedPost: number[]
  pairedPre: number[]
  post: number[]
  pre: number[]
  reached: number
}

export const truthOf = (respondents: Respondent[], check: KnowledgeCheck): Truth => {
  const count = check.items.length
  const consented = respondents.filter((person) => person.consent)
  const items = new Map<string, ItemTruth>(
    check.items.map((item) => [item.key, { b: 0, c: 0, postRight: 0, preRight: 0 }]),
  )
  const paired = consented.filter((person) => person.pre && person.post)
  for (const person of consented) {
    for (const [key, truth] of items) {
      if (person.pre?.has(key)) truth.preRight += 1
      if (person.post?.has(key)) truth.postRight += 1
      if (person.pre && person.post) {
        if (!person.pre.has(key) && person.post.has(key)) truth.b += 1
        if (person.pre.has(key) && !person.post.has(key)) truth.c += 1
      }
    }
  }
  const pre = consented.filter((person) => person.pre).map((person) => person.pre!.size / count)
  const post = consented.filter((person) => person.post).map((person) => person.post!.size / count)
  return {
    assessmentsCompleted: pre.length + post.length,
    cta: consented.filter((person) => person.cta).length,
    engaged: consented.filter((person) => person.engaged).length,
    impressions: respondents.reduce((sum, person) => sum + person.impressions, 0),
    items,
    pairedDifferences: paired.map((person) => (person.post!.size - person.pre!.size) / count),
    pairedPost: paired.map((person) => person.post!.size / count),
    pairedPre: paired.map((person) => person.pre!.size / count),
    post,
    pre,
    reached: consented.length,
  }
}
